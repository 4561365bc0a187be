// Ranks the support options the authority can use (eligible, or to be checked): its own regional
// network first, then by how many of its needs, obstacles, themes, motivations and partners the
// option answers. Every option shown carries reasons written for this authority; one that has none
// is not shown.
import { countries } from '../../content/countries';
import { regionById } from '../../content/geography';
import { objectPronoun } from '../../content/grammar';
import { motivations, obstacles, serviceCompetences, startingActions, themes, zones } from '../../content/options';
import { supportOptions, type Requirement, type SupportOption } from '../../content/supports';
import type { Scale } from '../../content/levers/types';
import type { Placement } from '../typology/types';
import type { EligibilityVerdict } from './eligibility';
import { inEuropeanScope } from './europe';
import { listFr } from '../french';
import { shownFigures } from './figures';
import { hasForeignPartnership, hasTeam, type Profile } from './profile';
import { countryNames, labelOf, lowerFirst, modelName, optionNamesFr, quotedFr, someCountries } from './text';
import type { MatchedNeed, RankedOption } from './types';

const needWeight = { high: 12, medium: 8, low: 5 } as const;

interface Scored {
	score: number;
	why: string[];
	/** a reason about what the authority does (theme, partner, competence…), not only a need it shares with most */
	specific: boolean;
}

function overlap(wanted: readonly string[] | undefined, given: readonly string[]): string[] {
	return wanted ? given.filter((id) => wanted.includes(id)) : [];
}

function labels(options: readonly { id: string; label: string }[], ids: readonly string[]): string {
	return optionNamesFr(ids.map((id) => lowerFirst(labelOf(options, id))));
}

/** Zone names are proper nouns: « Europe », « Afrique subsaharienne ». */
function zoneLabels(ids: readonly string[]): string {
	return listFr(ids.map((id) => labelOf(zones, id)));
}

function specific(s: Scored, points: number, reason: string): void {
	s.score += points;
	s.why.push(reason);
	s.specific = true;
}

function territoryReasons(option: SupportOption, p: Profile, hasNetwork: boolean, s: Scored): void {
	if (option.regionalNetwork && option.nearestFor?.some((id) => id === p.region)) {
		const home = option.basedIn ? (regionById(option.basedIn)?.name ?? option.basedIn) : '';
		s.score += 500;
		s.why.push(
			`Votre région n’a pas de réseau régional multi-acteurs identifié ; basé en ${home}, c’est le réseau le plus proche.`
		);
	} else if (option.regionalNetwork) {
		s.score += 1000;
		s.why.push('C’est le réseau régional multi-acteurs de votre territoire : votre premier interlocuteur.');
	} else if (option.territoryContact && !option.stateBody) {
		s.score += 30;
		s.why.push(
			'Interlocuteur propre à votre territoire, où aucun réseau régional multi-acteurs n’a été identifié.'
		);
	} else if (option.stateBody) {
		s.score += 5;
		s.why.push('Concertation menée par l’État sur votre territoire : la préfecture vous y oriente.');
	} else if (option.fallbackWithoutNetwork && !hasNetwork && p.region !== undefined) {
		s.score += 40;
		s.why.push(
			'Votre territoire n’a pas de réseau régional multi-acteurs identifié : c’est un interlocuteur national à solliciter.'
		);
	}
}

/**
 * What the conditions it meets say about this authority (a competence it holds, a partner's country, a European
 * frame: met when its verdict leaves no condition open).
 */
function conditionReasons(option: SupportOption, p: Profile, verdict: EligibilityVerdict | undefined, s: Scored): void {
	for (const requirement of option.eligibility.requires) {
		const reason = metReason(option, requirement, p, verdict?.open.length === 0);
		if (reason) specific(s, 10, reason);
	}
}

function metReason(option: SupportOption, requirement: Requirement, p: Profile, allMet: boolean): string | null {
	if (requirement.kind === 'european_frame' && allMet)
		return 'Votre action entre dans un cadre de coopération territoriale européenne : transfrontalier, transnational, ou entre une région ultrapériphérique et ses voisins.';
	if (requirement.kind === 'competence') {
		const held = overlap(requirement.ids, p.competences);
		if (held.length === 0) return null;
		// a « 1 % » is the elected officials' to decide; a grant (the water agencies) is applied for
		const access = option.byDeliberation
			? 'ce dispositif vous est ouvert, sur décision de vos élus'
			: 'vous pouvez y demander un cofinancement pour un projet de solidarité dans ce domaine';
		const names = quotedFr(held.map((id) => lowerFirst(labelOf(serviceCompetences, id))));
		return `Vous exercez ${held.length > 1 ? 'les compétences' : 'la compétence'} ${names} : ${access}.`;
	}
	if (requirement.kind === 'partner_in') {
		const found = overlap(requirement.countries, p.partnerCountries);
		return found.length > 0 ? `${actsThrough(p)} dans un pays concerné : ${listFr(countryNames(found))}.` : null;
	}
	return null;
}

/** « Vous avez un partenaire » only for a cooperation with a foreign authority; aid sent abroad is acting there */
function actsThrough(p: Profile): string {
	return hasForeignPartnership(p) ? 'Vous avez un partenaire' : 'Vous agissez';
}

function fitReasons(
	option: SupportOption,
	p: Profile,
	placement: Placement,
	needs: readonly MatchedNeed[],
	s: Scored
): void {
	const fit = option.fits;
	for (const need of needs.filter((n) => fit.needs?.includes(n.id))) {
		s.score += needWeight[need.priority];
		s.why.push(`Répond à un besoin relevé : ${lowerFirst(need.label)}.`);
	}
	const obstacleIds = overlap(fit.obstacles, p.obstacles);
	if (obstacleIds.length > 0) {
		s.score += 4 * obstacleIds.length;
		s.why.push(`Aide à lever un frein que vous signalez : ${labels(obstacles, obstacleIds)}.`);
	}
	const themeIds = overlap(fit.themes, p.themes);
	if (themeIds.length > 0) specific(s, 6, `Correspond à vos thèmes : ${labels(themes, themeIds)}.`);
	const countryIds = overlap(fit.countries, p.partnerCountries);
	// any partner country is one reason, said below with the option's own countries first
	const ownReason = !option.eligibility.requires.some((r) => r.kind === 'partner_in') && !fit.anyPartnerCountry;
	if (countryIds.length > 0 && ownReason)
		specific(s, 8, `${actsThrough(p)} dans un pays concerné : ${listFr(countryNames(countryIds))}.`);
	if (fit.anyPartnerCountry && p.partnerCountries.length > 0) {
		// the countries the option is about first (a CUF country group), then the others
		const first = [...countryIds, ...p.partnerCountries.filter((code) => !countryIds.includes(code))];
		specific(
			s,
			6,
			`D’autres collectivités françaises coopèrent aussi avec vos pays partenaires (${someCountries(first)}) : vous pouvez échanger avec elles.`
		);
	}
	// a partner whose projects go to another instrument (a joint fund) does not bring this option's rate
	const elsewhere = option.eligibility.requires.flatMap((r) => (r.kind === 'partner_outside' ? r.countries : []));
	const leastDeveloped = countries
		.filter((c) => c.leastDeveloped && p.partnerCountries.includes(c.code) && !elsewhere.includes(c.code))
		.map((c) => c.name);
	if (fit.leastDevelopedPartners && leastDeveloped.length > 0)
		specific(
			s,
			3,
			`Votre partenaire est dans un pays parmi les moins avancés (${listFr(leastDeveloped)}) : le taux de cofinancement y est le plus élevé, selon l’appel 2025.`
		);
	// a zone is too wide to build a step on (« Europe » says nothing of a youth project): not specific
	const zoneIds = overlap(fit.zones, p.zones);
	if (zoneIds.length > 0) {
		s.score += 3;
		s.why.push(`Concerne une zone où vous agissez : ${zoneLabels(zoneIds)}.`);
	}
	const motivationIds = overlap(fit.motivations, p.motivations);
	if (motivationIds.length > 0) specific(s, 4, `Rejoint vos motivations : ${labels(motivations, motivationIds)}.`);
	if (fit.fewStaff && !hasTeam(p)) {
		s.score += 6;
		s.why.push('Conçu pour agir sans équipe à plein temps, avec d’autres collectivités.');
	}
	if (overlap(fit.localActors, p.localActors).length > 0) {
		s.score += 4;
		s.why.push('À proposer aux acteurs de votre territoire avec qui vous travaillez : ce sont eux qui le portent.');
	}
	if (placement.kind === 'engaged') {
		const claim = fit.models?.find((c) => c.model === placement.main);
		if (claim)
			specific(
				s,
				4,
				`L’étude le relève pour les collectivités du modèle ${modelName(claim.model)} : « ${claim.quote} » (section ${claim.section}).`
			);
		return;
	}
	if (fit.starting) {
		s.score += 10;
		s.why.push('Adapté à une collectivité qui démarre son action extérieure.');
	}
	const actions = overlap(fit.startingActions, p.startingActions);
	if (actions.length > 0)
		specific(s, 8, `Correspond à ce par quoi vous voulez commencer : ${labels(startingActions, actions)}.`);
}

/** « Déjà membre », « déjà obtenu »: said only when an answer names this very option. */
function usageReasons(option: SupportOption, p: Profile, s: Scored): void {
	const known = option.knownAs;
	if (overlap(known?.networks, p.networks).length > 0)
		s.why.push(`Votre collectivité en est déjà membre : sollicitez-${objectPronoun(option.mention)}.`);
	else if (overlap(known?.supportProviders, p.supportProviders).length > 0)
		s.why.push('Il a déjà accompagné votre collectivité.');
	const obtained =
		overlap(known?.fundingSources, p.externalFunding).length > 0 ||
		overlap(known?.ministryInstruments, p.ministryInstruments).length > 0 ||
		overlap(known?.euProgrammes, p.euProgrammes).length > 0;
	if (!obtained) return;
	// a programme is applied for by the collective structure that carries it (Clés en main), not by the authority
	const reason =
		option.kind === 'programme'
			? 'Votre collectivité y a déjà pris part : la structure collective qui porte le programme peut vous associer au suivant.'
			: 'Vous avez déjà obtenu ce financement : c’est un atout pour une nouvelle demande.';
	specific(s, 2, reason);
}

/**
 * An option that prepares for one the authority cannot use yet but could open (DCOL before FICOL): one of
 * `opening`, the « pas encore » list, never one beyond its scale nor one it already uses.
 */
function steppingStone(option: SupportOption, opening: ReadonlySet<string>, s: Scored): void {
	const prepares = (option.preparesFor ?? []).some((id) => opening.has(id));
	if (!prepares) return;
	s.score += 10;
	s.why.push('Une première étape pour structurer votre projet avant des cofinancements plus exigeants.');
}

/** A thematic option is for an authority that works on its theme, whatever else brings it up. */
function onItsTheme(option: SupportOption, p: Profile): boolean {
	const fit = option.fits;
	if (!fit.thematic) return true;
	return [
		overlap(fit.themes, p.themes),
		overlap(fit.motivations, p.motivations),
		overlap(fit.startingActions, p.startingActions)
	].some((ids) => ids.length > 0);
}

/** Beyond its conditions, the option fits what the authority does: its theme, its European dimension. */
export function fitsWhatItDoes(option: SupportOption, p: Profile): boolean {
	return onItsTheme(option, p) && inEuropeanScope(option, p);
}

function forLocalActors(option: SupportOption, s: Scored): void {
	if (option.forLocalActors && s.score > 0)
		s.why.push('Ce sont les associations qui le portent ; votre collectivité peut les y encourager et cofinancer.');
}

export function rankSupportOptions(
	p: Profile,
	placement: Placement,
	needs: readonly MatchedNeed[],
	verdicts: ReadonlyMap<string, EligibilityVerdict>,
	opening: ReadonlySet<string>,
	scale: Scale,
	today: Date
): RankedOption[] {
	const usable = supportOptions.filter(
		(option) => verdicts.get(option.id)?.status !== 'not_eligible' && fitsWhatItDoes(option, p)
	);
	const hasNetwork = usable.some(
		(option) => option.regionalNetwork && !option.nearestFor?.some((id) => id === p.region)
	);
	const ranked = usable.map((option, index) => {
		const s: Scored = { score: 0, why: [], specific: false };
		territoryReasons(option, p, hasNetwork, s);
		fitReasons(option, p, placement, needs, s);
		conditionReasons(option, p, verdicts.get(option.id), s);
		steppingStone(option, opening, s);
		usageReasons(option, p, s);
		forLocalActors(option, s);
		return { index, option, ...s };
	});
	return ranked
		.filter((r) => r.score > 0 && r.why.length > 0 && (r.option.fits.scales?.includes(scale) ?? true))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.map(({ option, score, why, specific }) => {
			const verdict = verdicts.get(option.id);
			const toCheck = verdict?.status === 'to_check' ? verdict.open.map((c) => c.detail ?? c.rule) : [];
			return {
				id: option.id,
				option,
				score,
				why,
				specific,
				regional: option.regionalNetwork === true,
				status: verdict?.status === 'to_check' ? 'to_check' : 'eligible',
				toCheck,
				figures: shownFigures(option.figures, today)
			};
		});
}
