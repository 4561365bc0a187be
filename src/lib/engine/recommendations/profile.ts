// The answers the recommendations read, taken from the effective answers only (hidden answers
// never count), with the « main » choice filled in when only one was ticked.
import { questionnaire } from '../../content/questionnaire';
import type { AnswerValue, Answers } from '../../content/types';
import { chosenIds } from '../conditions';
import { effectiveAnswers } from '../questionnaire';

export interface Profile {
	readonly engaged: boolean;
	readonly authorityType?: string;
	readonly region?: string;
	readonly department?: string;
	readonly populationBand?: string;
	readonly competences: readonly string[];
	readonly seniority?: string;
	readonly motivations: readonly string[];
	readonly actionFamilies: readonly string[];
	/** engaged: the themes of its actions; starting: the themes it is interested in */
	readonly themes: readonly string[];
	readonly zones: readonly string[];
	readonly partnerCountries: readonly string[];
	readonly riService?: string;
	readonly networks: readonly string[];
	readonly supportReceived?: string;
	readonly supportProviders: readonly string[];
	readonly budgetLine?: string;
	readonly budgetBand?: string;
	readonly externalFunding: readonly string[];
	readonly odaDeclared?: string;
	readonly communication?: string;
	readonly evaluation: readonly string[];
	readonly obstacles: readonly string[];
	readonly mainObstacle?: string;
	readonly needs: readonly string[];
	readonly startingActions: readonly string[];
}

function single(value: AnswerValue | undefined): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}

export function readProfile(answers: Answers): Profile {
	const a = effectiveAnswers(questionnaire, answers);
	const engaged = a.has_international_action === 'yes';
	const obstacles = chosenIds(a.obstacles);
	return {
		engaged,
		authorityType: single(a.authority_type),
		region: single(a.region),
		department: single(a.department),
		populationBand: single(a.population_band),
		competences: chosenIds(a.service_competences),
		seniority: single(a.seniority),
		motivations: chosenIds(a.motivations),
		actionFamilies: chosenIds(a.action_families),
		themes: chosenIds(engaged ? a.themes : a.starting_themes),
		zones: chosenIds(a.zones),
		partnerCountries: chosenIds(a.partner_countries),
		riService: single(a.ri_service),
		networks: chosenIds(a.networks),
		supportReceived: single(a.support_received),
		supportProviders: chosenIds(a.support_providers),
		budgetLine: single(a.budget_line),
		budgetBand: single(a.budget_band),
		externalFunding: chosenIds(a.external_funding),
		odaDeclared: single(a.oda_declared),
		communication: single(a.communication),
		evaluation: chosenIds(a.evaluation),
		obstacles,
		mainObstacle: single(a.main_obstacle) ?? (obstacles.length === 1 ? obstacles[0] : undefined),
		needs: chosenIds(a.needs),
		startingActions: chosenIds(a.starting_actions)
	};
}

/** A partnership abroad: what the ministry's calls and FICOL build on. */
export function hasForeignPartnership(profile: Profile): boolean {
	return profile.engaged && (profile.actionFamilies.includes('decentralised_cooperation') || profile.partnerCountries.length > 0);
}

const largeBudgets = ['100k_250k', '250k_500k', 'over_500k'];

/**
 * FICOL's smallest project (200 000 € from the AFD, at least 30 % local) asks the authorities for
 * some 85 000 €: a dedicated service, or a budget above 100 000 € a year, can carry it.
 */
export function hasCofundingCapacity(profile: Profile): boolean {
	return profile.riService === 'yes' || (profile.budgetBand !== undefined && largeBudgets.includes(profile.budgetBand));
}
