// The support catalogue's shape. Every fact comes from the sourced fact sheet (dispositifs.md,
// read on 26 November 2026), its check of 3 December 2026, or the ACTER study; identifiers are
// stable, texts may change.
import type {
	authorityTypes,
	localActors,
	motivations,
	needs,
	obstacles,
	populationBands,
	serviceCompetences,
	startingActions,
	themes
} from '../options';
import type { RegionId } from '../geography';
import type { ZoneId } from '../countries';
import type { Mention } from '../grammar';
import type { Scale } from '../levers/types';

type IdOf<T extends readonly { id: string }[]> = T[number]['id'];
export type AuthorityTypeId = IdOf<typeof authorityTypes>;
export type PopulationBandId = IdOf<typeof populationBands>;
export type CompetenceId = Exclude<IdOf<typeof serviceCompetences>, 'none' | 'unknown'>;
export type ThemeId = IdOf<typeof themes>;
export type LocalActorId = Exclude<IdOf<typeof localActors>, 'none'>;
export type MotivationId = IdOf<typeof motivations>;
export type ObstacleId = IdOf<typeof obstacles>;
export type StartingActionId = Exclude<IdOf<typeof startingActions>, 'unknown'>;
/** The needs of the questionnaire, plus the ones only the engine infers. */
export type NeedId = Exclude<IdOf<typeof needs>, 'none'> | 'oda_declaration';

/** The five models of the typology (section 6); the engine's ModelId must stay assignable to it. */
export type TypologyModelId = 'humanis' | 'cosmin' | 'cimob' | 'climapart' | 'astre';

/** Few enough to serve as filters on the results page. */
export type SupportKind = 'network' | 'support' | 'funding' | 'programme';

export const supportKinds: readonly { readonly id: SupportKind; readonly label: string }[] = [
	{ id: 'network', label: 'Réseaux' },
	{ id: 'support', label: 'Accompagnement et information' },
	{ id: 'funding', label: 'Financements' },
	{ id: 'programme', label: 'Programmes collectifs et jeunesse' }
];

/**
 * A condition of use, read from the answers by the eligibility module (engine/eligibility). Each
 * one is a rule of the option's own text (its `eligibility.source`), never a matter of fit.
 */
export type Requirement =
	/** the kinds of authority the option is open to */
	| { readonly kind: 'authority_types'; readonly ids: readonly AuthorityTypeId[] }
	/**
	 * a regional network or contact: authorities of these regions, or of these departments; `label` names a wide
	 * territory in the rule (« la France métropolitaine ») instead of listing its regions
	 */
	| {
			readonly kind: 'territory';
			readonly regions?: readonly RegionId[];
			readonly departments?: readonly string[];
			readonly label?: string;
	  }
	/** a service competence (the « 1 % »): « Je ne sais pas » leaves it to be checked */
	| { readonly kind: 'competence'; readonly ids: readonly CompetenceId[] }
	/**
	 * a partner abroad, in one of these countries (ISO codes); in the `toCheck` ones, eligibility is to be checked.
	 * `metIfObtained`: an answer to « eu_programmes » saying the programme already funded the authority, whose partners
	 * qualified then; `startingOut`: for an authority with no action abroad yet, to check, with this detail (partners
	 * are found with the programme)
	 */
	| {
			readonly kind: 'partner_in';
			readonly countries: readonly string[];
			readonly label: string;
			readonly toCheck?: { readonly countries: readonly string[]; readonly label: string };
			readonly metIfObtained?: string;
			readonly startingOut?: string;
	  }
	/**
	 * a partner outside these countries, whose projects go to another instrument (`instead`, « des fonds conjoints… »):
	 * with partners on both sides, eligibility is to be checked
	 */
	| {
			readonly kind: 'partner_outside';
			readonly countries: readonly string[];
			readonly label: string;
			readonly instead: string;
	  }
	/** a partner in a country on the OECD DAC list of ODA recipients, where the AFD can act */
	| { readonly kind: 'partner_in_oda_country' }
	/** a partner authority abroad, in a decentralised cooperation */
	| { readonly kind: 'foreign_partnership' }
	/** a convention signed with that partner (the ministry's calls) */
	| { readonly kind: 'partner_convention' }
	/** an up-to-date declaration of official development aid (the ministry's calls) */
	| { readonly kind: 'oda_declared' }
	/** the means to carry a FICOL project: its share of the ≥ 30 % local funding, and real project management */
	| { readonly kind: 'ficol_capacity' }
	/**
	 * a frame for European territorial cooperation: cross-border, transnational, or an outermost region with its
	 * neighbours
	 */
	| { readonly kind: 'european_frame' }
	/** no team of its own for international action, or no formal partnership yet (Clés en main) */
	| { readonly kind: 'without_own_means' }
	/** agents of the authority working on its international action (a network of professionals) */
	| { readonly kind: 'agents_involved' }
	/** an international action already under way */
	| { readonly kind: 'engaged' };

export interface Eligibility {
	readonly requires: readonly Requirement[];
	/** who can use it, in French, as shown to the user */
	readonly note: string;
	/** where the conditions were read: an address, or the fact sheet's section */
	readonly source: string;
}

/** A figure that may change: shown with the year it holds for and the date it was last checked. */
export interface Figure {
	readonly text: string;
	readonly year: number;
	/** ISO date the figure was last checked against its source */
	readonly checkedAt: string;
	/** a calendar (dates to apply): once its year is past, it is shown as past, to check for this year */
	readonly calendar?: boolean;
}

/** Words of the study linking the option to a model (section and exact quote). */
export interface ModelClaim {
	readonly model: TypologyModelId;
	readonly section: string;
	readonly quote: string;
}

/** What makes the option relevant (never what makes it allowed: that is eligibility). */
export interface SupportFit {
	readonly needs?: readonly NeedId[];
	readonly obstacles?: readonly ObstacleId[];
	readonly themes?: readonly ThemeId[];
	readonly motivations?: readonly MotivationId[];
	/** only where a sentence of the study says that authorities of the model use it */
	readonly models?: readonly ModelClaim[];
	readonly startingActions?: readonly StartingActionId[];
	readonly zones?: readonly ZoneId[];
	/** ISO codes of partner countries that make it relevant (with `anyPartnerCountry`, the ones it names first) */
	readonly countries?: readonly string[];
	/** suited to an authority with no international action yet */
	readonly starting?: boolean;
	/** relevant as soon as the authority names a partner country */
	readonly anyPartnerCountry?: boolean;
	/** relevant when a partner country is among the least developed (higher co-funding rate) */
	readonly leastDevelopedPartners?: boolean;
	/** relevant to authorities that carry the work with few staff or none */
	readonly fewStaff?: boolean;
	/** relevant to authorities that work with these local actors, the ones who carry it (associations…) */
	readonly localActors?: readonly LocalActorId[];
	/**
	 * relevant only with a European dimension: `acting`, an action in Europe (a zone, a partner's country, a
	 * cross-border or European project; starting out, one of `startingActions`); `frame`, that or an outermost
	 * region working with its neighbours (Interreg's programmes for them)
	 */
	readonly european?: 'acting' | 'frame';
	/** relevant only at these scales (a network of professionals, a four-country network…) */
	readonly scales?: readonly Scale[];
	/**
	 * relevant only to an authority whose themes, motivations or first actions name one of the above (pS-Eau, the
	 * youth programmes): never on a zone, a need or a missing network alone
	 */
	readonly thematic?: boolean;
}

/**
 * How the questionnaire names the option, to say « vous en êtes déjà membre » or « déjà obtenu »
 * only from an answer that names it: a single « Union européenne » tick says nothing of Erasmus+.
 */
export interface KnownAs {
	readonly networks?: readonly string[];
	readonly supportProviders?: readonly string[];
	/** answers to « external_funding » that name this option alone (« afd_ficol », « water_agencies »…) */
	readonly fundingSources?: readonly string[];
	/** answers to « ministry_instruments » */
	readonly ministryInstruments?: readonly string[];
	/** answers to « eu_programmes » */
	readonly euProgrammes?: readonly string[];
}

export interface SupportOption {
	readonly id: string;
	readonly name: string;
	readonly shortName?: string;
	/** the name inside a sentence, with its grammar (« de l’AFD », « la solliciter ») */
	readonly mention: Mention;
	readonly kind: SupportKind;
	/** what it offers, in our own words (1–2 sentences) */
	readonly offers: string;
	readonly eligibility: Eligibility;
	readonly figures: readonly Figure[];
	/** the official primary page: the law on Légifrance, the ministry, the operator; never a press article */
	readonly url: string;
	/** the link's readable name (« Site de l’AFD », « Article L1115-3 sur Légifrance ») */
	readonly urlLabel: string;
	/** ISO date the option's facts and link were last checked */
	readonly checkedAt: string;
	readonly contact?: string;
	/** where each fact was read: addresses, or a section of the ACTER study */
	readonly sources: readonly string[];
	readonly fits: SupportFit;
	/** the regional multi-actor network (RRMA) of the regions or departments it serves */
	readonly regionalNetwork?: boolean;
	/** the region it is based in, when it also serves neighbouring regions */
	readonly basedIn?: RegionId;
	/** regions with no network of their own, for which it is the nearest one */
	readonly nearestFor?: readonly RegionId[];
	/** a contact for a territory with no regional network (fact sheet §1.3) */
	readonly territoryContact?: boolean;
	/** a national contact to turn to when the region has no network (fact sheet §1.3) */
	readonly fallbackWithoutNetwork?: boolean;
	/** for the territory's associations rather than the authority itself */
	readonly forLocalActors?: boolean;
	/**
	 * a share of a service's budget that the elected officials allocate by deliberation (a « 1 % »): proposed to
	 * them, never applied for like a call
	 */
	readonly byDeliberation?: boolean;
	/** options it prepares for, when the authority cannot reach them yet (DCOL before FICOL) */
	readonly preparesFor?: readonly string[];
	/** a State body or informal concertation rather than a network: never ranked first */
	readonly stateBody?: boolean;
	readonly knownAs?: KnownAs;
}
