// Answers of the study's five profile-types (typologie.md) and hand-made placements: the
// recommendations take a placement as input, whatever the typology engine makes of them.
import type { Answers } from '../../../src/lib/content/types';
import { modelIds, type EngagedPlacement, type Lever, type ModelId, type Placement } from '../../../src/lib/engine/typology/types';

export function engagedPlacement(main: ModelId, options: { towards?: ModelId; levers?: Lever[]; hybrid?: ModelId[] } = {}): EngagedPlacement {
	const shares = Object.fromEntries(modelIds.map((m) => [m, m === main ? 60 : 10])) as Record<ModelId, number>;
	const models = [main, ...modelIds.filter((m) => m !== main)].map((model) => ({
		model,
		share: shares[model],
		rawScore: shares[model],
		evidenceFor: [],
		evidenceAgainst: []
	}));
	return {
		kind: 'engaged',
		models,
		main,
		hybrid: options.hybrid ?? null,
		orientation: { shares, main },
		structuring: { shares, main },
		gap: options.towards !== undefined,
		trajectory: options.towards ? { from: main, towards: options.towards, levers: options.levers ?? [] } : null
	};
}

export const startingPlacement: Placement = { kind: 'starting' };

const engagedBase: Answers = {
	authority_type: 'municipality',
	authority_name: 'Ville exemple',
	respondent_role: 'elected',
	has_international_action: 'yes',
	europe_service: 'no',
	departments_involved: ['none'],
	agents_outside_service: 'work_time',
	delegation: 'no',
	french_partnerships: 'no',
	budget_trend: 'stable',
	communication: 'yes',
	evaluation: ['field_visits']
};

export const humanisType: Answers = {
	...engagedBase,
	region: 'pays-de-la-loire',
	department: '44',
	population_band: '5k_10k',
	service_competences: ['none'],
	seniority: '3_10y',
	motivations: ['international_solidarity'],
	action_families: ['decentralised_cooperation'],
	cooperation_forms: ['twinning'],
	cooperation_kinds: ['development_aid'],
	intervention_modes: ['material_aid', 'essential_services_works'],
	actor_support: ['none'],
	themes: ['water_sanitation', 'education'],
	zones: ['sub_saharan_africa'],
	partner_countries: ['SN', 'MG'],
	ri_service: 'no',
	steering: 'dedicated_elected',
	networks: ['none'],
	support_received: 'yes',
	support_providers: ['specialised_association'],
	budget_line: 'yes',
	budget_band: 'under_10k',
	external_funding: ['none'],
	oda_declared: 'yes',
	oda_amount: 20000,
	obstacles: ['financial_means', 'crises'],
	main_obstacle: 'financial_means',
	needs: ['funding_information', 'project_design']
};

export const cosminType: Answers = {
	...engagedBase,
	region: 'bretagne',
	department: '35',
	population_band: '10k_50k',
	service_competences: ['none'],
	seniority: '10_20y',
	motivations: ['social_cohesion', 'openness', 'cultural_diversity'],
	main_motivation: 'social_cohesion',
	action_families: ['decentralised_cooperation', 'local_actor_support'],
	cooperation_forms: ['twinning'],
	cooperation_kinds: ['cultural', 'emergency'],
	intervention_modes: ['heritage_exhibitions', 'diaspora_events', 'migrant_reception'],
	actor_support: ['premises', 'logistics'],
	themes: ['culture_heritage', 'agriculture_food', 'migration'],
	zones: ['europe', 'sub_saharan_africa'],
	partner_countries: ['IT', 'DE', 'TG'],
	ri_service: 'no',
	steering: 'dedicated_elected',
	delegation: 'yes',
	networks: ['none'],
	support_received: 'no',
	budget_line: 'no',
	budget_band: 'under_10k',
	external_funding: ['meae'],
	oda_declared: 'no',
	obstacles: ['financial_means', 'human_means'],
	main_obstacle: 'financial_means',
	needs: ['funding_information', 'peer_information']
};

export const cimobType: Answers = {
	...engagedBase,
	region: 'hauts-de-france',
	department: '59',
	population_band: '10k_50k',
	service_competences: ['none'],
	seniority: '10_20y',
	motivations: ['youth_mobility', 'openness'],
	main_motivation: 'youth_mobility',
	action_families: ['mobility_support', 'awareness', 'decentralised_cooperation'],
	cooperation_forms: ['twinning'],
	cooperation_kinds: ['cultural'],
	intervention_modes: ['youth_exchanges', 'global_citizenship_education'],
	actor_support: ['events'],
	themes: ['youth_mobility', 'education', 'culture_heritage'],
	zones: ['europe'],
	partner_countries: ['DE'],
	ri_service: 'no',
	steering: 'other_elected',
	departments_involved: ['youth'],
	networks: ['none'],
	support_received: 'no',
	budget_line: 'yes',
	budget_band: 'under_10k',
	external_funding: ['youth_ministry'],
	oda_declared: 'unknown',
	obstacles: ['financial_means'],
	needs: ['funding_information', 'project_design']
};

export const climapartType: Answers = {
	...engagedBase,
	region: 'auvergne-rhone-alpes',
	department: '38',
	population_band: '100k_500k',
	service_competences: ['water', 'sanitation'],
	seniority: 'over_20y',
	motivations: ['international_solidarity', 'sdg', 'shared_challenges'],
	main_motivation: 'international_solidarity',
	action_families: ['decentralised_cooperation', 'local_actor_support', 'awareness', 'local_government_networks'],
	cooperation_forms: ['development_cooperation'],
	cooperation_kinds: ['technical', 'institutional_support'],
	intervention_modes: ['service_network_structuring', 'skills_building', 'essential_services_works'],
	actor_support: ['calls_for_projects'],
	themes: ['water_sanitation', 'energy', 'biodiversity_environment'],
	zones: ['sub_saharan_africa', 'north_africa', 'europe', 'asia', 'north_america'],
	partner_countries: ['BF', 'MA', 'RO', 'ID', 'CA'],
	ri_service: 'yes',
	ri_fte: 3,
	steering: 'service',
	departments_involved: ['environment_water'],
	networks: ['international_networks'],
	support_received: 'yes',
	support_providers: ['rrma'],
	budget_line: 'yes',
	budget_band: '250k_500k',
	external_funding: ['meae', 'afd_other', 'eu'],
	oda_declared: 'yes',
	obstacles: ['financial_means'],
	needs: ['funding_information']
};

export const astreType: Answers = {
	...engagedBase,
	authority_type: 'metropolis',
	region: 'nouvelle-aquitaine',
	department: '33',
	population_band: '500k_1m',
	service_competences: ['water', 'sanitation', 'waste', 'mobility'],
	seniority: 'over_20y',
	motivations: ['attractiveness', 'sdg', 'business_internationalisation'],
	main_motivation: 'attractiveness',
	action_families: ['decentralised_cooperation', 'local_actor_support', 'eu_funds', 'economic_promotion', 'local_government_networks'],
	cooperation_forms: ['development_cooperation', 'european_project'],
	cooperation_kinds: ['technical', 'peer_exchange', 'economic'],
	intervention_modes: ['business_support', 'calls_for_projects', 'skills_building'],
	actor_support: ['calls_for_projects'],
	themes: ['sustainable_development', 'economy_employment', 'tourism'],
	zones: ['europe', 'sub_saharan_africa', 'asia', 'north_america'],
	partner_countries: ['DE', 'SN', 'VN', 'CA'],
	ri_service: 'yes',
	ri_fte: 5,
	europe_service: 'yes',
	europe_fte: 10,
	ri_europe_link: 'close',
	steering: 'service',
	departments_involved: ['economic_development'],
	networks: ['cuf', 'rrma'],
	support_received: 'no',
	budget_line: 'yes',
	budget_band: 'over_500k',
	external_funding: ['meae', 'eu', 'multilateral'],
	oda_declared: 'yes',
	obstacles: ['administrative'],
	needs: ['none']
};

export const startingType: Answers = {
	authority_type: 'municipality',
	authority_name: 'Commune exemple',
	respondent_role: 'elected',
	region: 'occitanie',
	department: '31',
	population_band: '2k_5k',
	service_competences: ['none'],
	has_international_action: 'no',
	starting_actions: ['youth_mobility', 'join_collective_programme'],
	starting_themes: ['youth_mobility'],
	obstacles: ['financial_means', 'human_means'],
	main_obstacle: 'financial_means',
	needs: ['funding_information', 'technical_support']
};
