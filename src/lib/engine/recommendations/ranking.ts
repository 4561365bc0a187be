// Ranks the eligible support options: the authority's own regional network first, then by how
// many of its needs, obstacles, themes, motivations and model the option answers.
import { countries } from '../../content/countries';
import { motivations, obstacles, serviceCompetences, startingActions, themes, zones } from '../../content/options';
import { regionById } from '../../content/geography';
import { supportOptions, type SupportOption } from '../../content/supports';
import type { Answers } from '../../content/types';
import type { Placement } from '../typology/types';
import { isEligible, missingCapacities, missingCapacityText } from './eligibility';
import { readProfile, type Profile } from './profile';
import { countryNames, labelOf, listFr, lowerFirst, modelName } from './text';
import type { MatchedNeed, RankedOption } from './types';

const needWeight = { high: 12, medium: 8, low: 5 } as const;

interface Scored {
	score: number;
	why: string[];
}

function overlap(wanted: readonly string[] | undefined, given: readonly string[]): string[] {
	return wanted ? given.filter((id) => wanted.includes(id)) : [];
}

function labels(options: readonly { id: string; label: string }[], ids: readonly string[]): string {
	return listFr(ids.map((id) => lowerFirst(labelOf(options, id))));
}

function territoryReasons(option: SupportOption, p: Profile, hasNetwork: boolean, s: Scored): void {
	if (option.regionalNetwork) {
		s.score += 1000;
		if (option.basedIn && option.basedIn !== p.region) {
			const home = regionById(option.basedIn)?.name ?? option.basedIn;
			s.why.push(`Basé en ${home}, c’est le réseau régional de référence pour votre territoire.`);
		} else s.why.push('C’est le réseau régional multi-acteurs de votre territoire : votre premier interlocuteur.');
	} else if (option.territoryContact) {
		s.score += 500;
		s.why.push('Interlocuteur propre à votre territoire, où aucun réseau régional multi-acteurs n’a été identifié.');
	} else if (option.fallbackWithoutNetwork && !hasNetwork && p.region !== undefined) {
		s.score += 40;
		s.why.push('Votre territoire n’a pas de réseau régional multi-acteurs identifié : c’est un interlocuteur national à solliciter.');
	}
}

function fitReasons(option: SupportOption, p: Profile, placement: Placement, needs: readonly MatchedNeed[], s: Scored): void {
	const fit = option.fits;
	for (const need of needs.filter((n) => fit.needs?.includes(n.id))) {
		s.score += needWeight[need.priority];
		s.why.push(`Répond à un besoin relevé : ${lowerFirst(need.label)}.`);
	}
	const competences = overlap(option.eligibility.requiresCompetence, p.competences);
	if (competences.length > 0) {
		s.score += 10;
		s.why.push(`Vous exercez la compétence ${labels(serviceCompetences, competences)} : ce dispositif vous est ouvert.`);
	}
	const partners = overlap(option.eligibility.partnerCountries, p.partnerCountries);
	if (partners.length > 0) {
		s.score += 10;
		s.why.push(`Pays partenaire concerné : ${listFr(countryNames(partners))}.`);
	}
	const obstacleIds = overlap(fit.obstacles, p.obstacles);
	if (obstacleIds.length > 0) {
		s.score += 4 * obstacleIds.length;
		s.why.push(`Aide à lever un frein que vous signalez : ${labels(obstacles, obstacleIds)}.`);
	}
	const themeIds = overlap(fit.themes, p.themes);
	if (themeIds.length > 0) {
		s.score += 6;
		s.why.push(`Correspond à vos thèmes : ${labels(themes, themeIds)}.`);
	}
	const countryIds = overlap(fit.countries, p.partnerCountries);
	if (countryIds.length > 0) {
		s.score += 8;
		s.why.push(`Vous avez un partenaire dans ce pays : ${listFr(countryNames(countryIds))}.`);
	}
	if (fit.anyPartnerCountry && p.partnerCountries.length > 0) {
		s.score += 6;
		s.why.push(`Vos pays partenaires (${listFr(countryNames(p.partnerCountries.slice(0, 3)))}) : d’autres collectivités françaises y coopèrent aussi.`);
	}
	const leastDeveloped = countries.filter((c) => c.leastDeveloped && p.partnerCountries.includes(c.code)).map((c) => c.name);
	if (fit.leastDevelopedPartners && leastDeveloped.length > 0) {
		s.score += 3;
		s.why.push(`Pays partenaire parmi les moins avancés (${listFr(leastDeveloped)}) : le taux de cofinancement y est le plus élevé, selon l’appel 2025.`);
	}
	const zoneIds = overlap(fit.zones, p.zones);
	if (zoneIds.length > 0) {
		s.score += 3;
		s.why.push(`Concerne une zone où vous agissez : ${labels(zones, zoneIds)}.`);
	}
	const motivationIds = overlap(fit.motivations, p.motivations);
	if (motivationIds.length > 0) {
		s.score += 4;
		s.why.push(`Rejoint vos motivations : ${labels(motivations, motivationIds)}.`);
	}
	if (placement.kind === 'engaged') modelReasons(option, placement, s);
	else {
		if (fit.starting) {
			s.score += 10;
			s.why.push('Adapté à une collectivité qui démarre son action extérieure.');
		}
		const actions = overlap(fit.startingActions, p.startingActions);
		if (actions.length > 0) {
			s.score += 8;
			s.why.push(`Correspond à ce par quoi vous voulez commencer : ${labels(startingActions, actions)}.`);
		}
	}
}

function modelReasons(option: SupportOption, placement: Extract<Placement, { kind: 'engaged' }>, s: Scored): void {
	const models = option.fits.models ?? [];
	if (models.includes(placement.main)) {
		s.score += 8;
		s.why.push(`Souvent mobilisé par les collectivités du modèle ${modelName(placement.main)}, le plus proche du vôtre.`);
	} else if (placement.hybrid?.some((m) => models.includes(m))) s.score += 3;
	const towards = placement.trajectory?.towards;
	if (towards && towards !== placement.main && models.includes(towards)) {
		s.score += 4;
		s.why.push(`Utile pour évoluer vers le modèle ${modelName(towards)}.`);
	}
}

function usageReasons(option: SupportOption, p: Profile, s: Scored): void {
	const known = option.knownAs;
	if (overlap(known?.networks, p.networks).length > 0) s.why.push('Votre collectivité en est déjà membre : sollicitez-le.');
	else if (overlap(known?.supportProviders, p.supportProviders).length > 0) s.why.push('Il a déjà accompagné votre collectivité.');
	if (overlap(known?.fundingSources, p.externalFunding).length > 0) {
		s.score += 2;
		s.why.push('Vous avez déjà obtenu ce type de financement.');
	}
	if (option.eligibility.requiresOdaDeclaration && p.odaDeclared !== 'yes')
		s.why.push('Condition : avoir déclaré votre aide publique au développement, ce qui n’est pas encore fait.');
	if (option.forLocalActors) s.why.push('À proposer aux associations de votre territoire : ce sont elles qui le portent.');
}

/** Would the authority want this option, were it within reach? */
function wanted(target: SupportOption, p: Profile, placement: Placement, needs: readonly MatchedNeed[]): boolean {
	const models = target.fits.models ?? [];
	if (placement.kind === 'engaged' && (models.includes(placement.main) || (placement.trajectory && models.includes(placement.trajectory.towards)))) return true;
	if (overlap(target.fits.themes, p.themes).length > 0) return true;
	return placement.kind === 'starting' && needs.some((n) => target.fits.needs?.includes(n.id));
}

/** An option that prepares for one the authority wants but cannot reach yet (DCOL before FICOL). */
function steppingStone(option: SupportOption, p: Profile, placement: Placement, needs: readonly MatchedNeed[], s: Scored): void {
	for (const targetId of option.preparesFor ?? []) {
		const target = supportOptions.find((o) => o.id === targetId);
		if (!target || isEligible(target, p) || !wanted(target, p, placement, needs)) continue;
		const missing = missingCapacities(target, p).map((c) => missingCapacityText[c]);
		if (missing.length === 0) continue;
		s.score += 10;
		s.why.push(`Une étape avant ${target.shortName ?? target.name}, qui demande ${listFr(missing)}.`);
	}
}

export function rankSupportOptions(answers: Answers, placement: Placement, needs: readonly MatchedNeed[]): RankedOption[] {
	const p = readProfile(answers);
	const eligible = supportOptions.filter((option) => isEligible(option, p));
	const hasNetwork = eligible.some((option) => option.regionalNetwork);
	const ranked = eligible.map((option, index) => {
		const s: Scored = { score: 0, why: [] };
		territoryReasons(option, p, hasNetwork, s);
		fitReasons(option, p, placement, needs, s);
		steppingStone(option, p, placement, needs, s);
		usageReasons(option, p, s);
		return { index, option, ...s };
	});
	return ranked
		.filter((r) => r.score > 0)
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.map(({ option, score, why }) => ({
			id: option.id,
			option,
			score,
			why,
			regional: option.regionalNetwork === true || option.territoryContact === true
		}));
}
