// What would change if the elected officials chose to lean towards a model the orientation already
// points to: the actions, themes and partners the study describes for it, at the authority's scale.
// The study only says that authorities « peuvent passer d'un type à un autre selon les changements
// de stratégie politique » : these are options, never the next step, and no lever is said to be the
// study's for a given move.
import type { ModelId } from '../typology/model-ids';
import type { Condition } from '../types';
import { withPartner } from './conditions';
import type { LeverSpec } from './types';

const all = ['small', 'medium', 'large'] as const;
const doing = (questionId: string, ...ids: string[]): Condition => ({
	any: ids.map((id) => ({ answer: questionId, is: id }))
});

export const directionLevers: Readonly<Record<ModelId, readonly LeverSpec[]>> = {
	humanis: [
		{
			id: 'towards_humanis_services',
			purpose: 'towards_humanis_services',
			label: 'Soutenir l’accès aux services essentiels chez votre partenaire',
			reason: 'Équiper une école, un centre de santé, un point d’eau : c’est la manière d’agir que l’étude décrit pour les HUMANIS.',
			scales: all,
			add: { intervention_modes: ['essential_services_works'], themes: ['health'] },
			when: withPartner,
			core: doing('intervention_modes', 'essential_services_works'),
			horizon: 'one_year'
		}
	],
	cosmin: [
		{
			id: 'towards_cosmin_territory',
			purpose: 'towards_cosmin_territory',
			label: 'Faire vivre l’international sur votre territoire : patrimoine, diasporas, accueil',
			reason: 'Expositions, événements avec les associations de diasporas, accueil de migrants : c’est l’action tournée vers le territoire que l’étude décrit pour les COSMIN.',
			scales: all,
			add: { intervention_modes: ['heritage_exhibitions', 'diaspora_events'], themes: ['culture_heritage'] },
			core: doing('intervention_modes', 'heritage_exhibitions', 'diaspora_events'),
			horizon: 'one_year'
		}
	],
	cimob: [
		{
			id: 'towards_cimob_youth',
			purpose: 'towards_cimob_youth',
			label: 'Ouvrir des échanges de jeunes avec vos partenaires',
			reason: 'Échanges scolaires, stages, volontariat, avec la direction de la jeunesse : c’est l’action que l’étude décrit pour les CIMOB.',
			scales: all,
			add: {
				intervention_modes: ['youth_exchanges'],
				action_families: ['mobility_support'],
				themes: ['youth_mobility']
			},
			when: withPartner,
			core: {
				any: [doing('intervention_modes', 'youth_exchanges'), doing('action_families', 'mobility_support')]
			},
			horizon: 'one_year'
		}
	],
	climapart: [
		{
			id: 'towards_climapart_technical',
			purpose: 'towards_climapart_technical',
			label: 'Coopérer techniquement sur un service essentiel (eau, déchets, énergie)',
			reason: 'Renforcer les compétences du partenaire et structurer son service, avec la structure qui exerce la compétence chez vous : c’est la coopération que l’étude décrit pour les CLIMAPART.',
			scales: all,
			add: {
				intervention_modes: ['service_network_structuring'],
				cooperation_kinds: ['technical'],
				motivations: ['shared_challenges']
			},
			when: withPartner,
			core: doing('intervention_modes', 'service_network_structuring'),
			horizon: 'one_year'
		}
	],
	astre: [
		{
			id: 'towards_astre_economy',
			purpose: 'towards_astre_economy',
			label: 'Accompagner les entreprises et les acteurs du territoire à l’international',
			reason: 'Conseil aux entreprises, échanges entre pairs, appels à projets pour les acteurs du territoire : c’est l’action que l’étude décrit pour les ASTRE.',
			scales: ['medium', 'large'],
			add: {
				intervention_modes: ['business_support'],
				cooperation_kinds: ['peer_exchange'],
				motivations: ['attractiveness']
			},
			core: doing('intervention_modes', 'business_support'),
			horizon: 'one_year'
		}
	]
};
