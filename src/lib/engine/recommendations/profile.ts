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
	/** declared zones (« none » when the authority has no partner abroad) */
	readonly zones: readonly string[];
	readonly partnerCountries: readonly string[];
	readonly cooperationForms: readonly string[];
	readonly partnerConvention?: string;
	readonly riService?: string;
	readonly riFte?: number;
	readonly europeService?: string;
	/** agents working on it: outside the service when there is one, or at all when there is none */
	readonly agentsTime?: string;
	readonly steering?: string;
	readonly delegation?: string;
	readonly localActors: readonly string[];
	readonly networks: readonly string[];
	readonly supportReceived?: string;
	readonly supportProviders: readonly string[];
	readonly budgetLine?: string;
	readonly budgetBand?: string;
	readonly externalFunding: readonly string[];
	readonly ministryInstruments: readonly string[];
	readonly euProgrammes: readonly string[];
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
		cooperationForms: chosenIds(a.cooperation_forms),
		partnerConvention: single(a.partner_convention),
		riService: single(a.ri_service),
		riFte: typeof a.ri_fte === 'number' ? a.ri_fte : undefined,
		europeService: single(a.europe_service),
		agentsTime: single(a.agents_outside_service) ?? single(a.staff_time),
		steering: single(a.steering),
		delegation: single(a.delegation),
		localActors: chosenIds(a.local_actors),
		networks: chosenIds(a.networks),
		supportReceived: single(a.support_received),
		supportProviders: chosenIds(a.support_providers),
		budgetLine: single(a.budget_line),
		budgetBand: single(a.budget_band),
		externalFunding: chosenIds(a.external_funding),
		ministryInstruments: chosenIds(a.ministry_instruments),
		euProgrammes: chosenIds(a.eu_programmes),
		odaDeclared: single(a.oda_declared),
		communication: single(a.communication),
		evaluation: chosenIds(a.evaluation),
		obstacles,
		mainObstacle: single(a.main_obstacle) ?? (obstacles.length === 1 ? obstacles[0] : undefined),
		needs: chosenIds(a.needs),
		startingActions: chosenIds(a.starting_actions)
	};
}

/**
 * A partnership with a foreign authority: what the ministry's calls and FICOL build on. Partner countries alone do not
 * make one: aid sent to a country (an emergency, a grant to an association) is not a cooperation between authorities.
 */
export function hasForeignPartnership(profile: Profile): boolean {
	if (!profile.engaged || profile.zones.includes('none')) return false;
	return profile.actionFamilies.includes('decentralised_cooperation');
}

/** A team of its own: a service with at least one full-time equivalent (a fifth of a post is not one). */
export function hasTeam(profile: Profile): boolean {
	return profile.riService === 'yes' && (profile.riFte ?? 0) >= 1;
}
