// The support catalogue's shape. Every fact comes from the sourced fact sheet (dispositifs.md,
// read on 26 November 2026) or from the ACTER study; identifiers are stable, texts may change.
import type {
	authorityTypes,
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

type IdOf<T extends readonly { id: string }[]> = T[number]['id'];
export type AuthorityTypeId = IdOf<typeof authorityTypes>;
export type PopulationBandId = IdOf<typeof populationBands>;
export type CompetenceId = Exclude<IdOf<typeof serviceCompetences>, 'none' | 'unknown'>;
export type ThemeId = IdOf<typeof themes>;
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
 * What an authority must already have, beyond its type and place:
 * - cofunding_capacity: a dedicated international service or a budget able to carry a large
 *   local share (FICOL: 200 000 € minimum from the AFD and at least 30 % from the authorities);
 * - foreign_partnership: an action abroad with a partner authority (the ministry's calls require
 *   a convention signed with it, FICOL a decentralised-cooperation partnership).
 */
export type CapacityId = 'cofunding_capacity' | 'foreign_partnership';

export interface Eligibility {
	readonly authorityTypes?: readonly AuthorityTypeId[];
	readonly populationBands?: readonly PopulationBandId[];
	/** any one of them opens the option */
	readonly requiresCompetence?: readonly CompetenceId[];
	readonly requiresCapacity?: readonly CapacityId[];
	readonly regions?: readonly RegionId[];
	/** INSEE codes; when set, only authorities of these departments */
	readonly departments?: readonly string[];
	/** ISO codes; when set, at least one partner country must be among them */
	readonly partnerCountries?: readonly string[];
	/** the ministry's calls require an up-to-date ODA declaration (not a hard rule: it can be made) */
	readonly requiresOdaDeclaration?: boolean;
	/** who can use it, in French, as shown to the user */
	readonly note: string;
}

/** A figure that may change: always shown with the year it holds for. */
export interface Figure {
	readonly text: string;
	readonly year: number;
}

/** What makes the option relevant (never what makes it allowed: that is eligibility). */
export interface SupportFit {
	readonly needs?: readonly NeedId[];
	readonly obstacles?: readonly ObstacleId[];
	readonly themes?: readonly ThemeId[];
	readonly motivations?: readonly MotivationId[];
	readonly models?: readonly TypologyModelId[];
	readonly startingActions?: readonly StartingActionId[];
	readonly zones?: readonly ZoneId[];
	/** ISO codes of partner countries that make it relevant */
	readonly countries?: readonly string[];
	/** suited to an authority with no international action yet */
	readonly starting?: boolean;
	/** relevant as soon as the authority names a partner country */
	readonly anyPartnerCountry?: boolean;
	/** relevant when a partner country is among the least developed (higher co-funding rate) */
	readonly leastDevelopedPartners?: boolean;
}

/** How the questionnaire names the option, to say « vous en êtes déjà membre ». */
export interface KnownAs {
	readonly networks?: readonly string[];
	readonly fundingSources?: readonly string[];
	readonly supportProviders?: readonly string[];
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
	/** official page first; only addresses found in the fact sheet */
	readonly url: string;
	readonly contact?: string;
	/** where each fact was read: addresses, or a section of the ACTER study */
	readonly sources: readonly string[];
	readonly fits: SupportFit;
	/** the regional multi-actor network (RRMA) of the regions or departments it serves */
	readonly regionalNetwork?: boolean;
	/** the region it is based in, when it also serves neighbouring regions */
	readonly basedIn?: RegionId;
	/** a contact for a territory with no regional network (fact sheet §1.3) */
	readonly territoryContact?: boolean;
	/** a national contact to turn to when the region has no network (fact sheet §1.3) */
	readonly fallbackWithoutNetwork?: boolean;
	/** for the territory's associations rather than the authority itself */
	readonly forLocalActors?: boolean;
	/** options it prepares for, when the authority cannot reach them yet (DCOL before FICOL) */
	readonly preparesFor?: readonly string[];
	readonly knownAs?: KnownAs;
}
