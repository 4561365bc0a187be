// What the study states as defining a model, read as conditions rather than as points: when the
// answers contradict them, the model is not proposed, whatever the orientation says.
import type { Condition } from '../types';
import type { ModelId } from './model-ids';
import { s6, table } from './quotes';
import type { StudyQuote } from './rule-types';

export interface DefiningTrait {
	readonly id: string;
	/** what the answers contradict: how the study describes the models' organisation, or what they do */
	readonly ground: 'organisation' | 'orientation';
	readonly models: readonly ModelId[];
	/** the answers that contradict the trait */
	readonly excludedWhen: Condition;
	/** why the models are set aside, in French, for the results */
	readonly text: string;
	readonly sources: readonly StudyQuote[];
}

const withEurope: Condition = { answer: 'europe_service', is: 'yes' };
// « pas de service RI ou Europe », « Il n'y a pas de service RI dédié ou Europe » (section 6): a Europe service
// is a dedicated service too
const withService: Condition = { any: [{ answer: 'ri_service', is: 'yes' }, withEurope] };
/** none of the youth, mobility or ECSI answers, once the orientation has begun to be answered */
const noYouth: Condition = {
	all: [
		{
			any: ['motivations', 'themes', 'intervention_modes', 'action_families'].map((id) => ({
				answer: id,
				answered: true
			}))
		},
		{ not: { answer: 'motivations', is: 'youth_mobility' } },
		{ not: { answer: 'themes', is: 'youth_mobility' } },
		{ not: { answer: 'intervention_modes', is: 'youth_exchanges' } },
		{ not: { answer: 'intervention_modes', is: 'global_citizenship_education' } },
		{ not: { answer: 'action_families', is: 'mobility_support' } }
	]
};

export const definingTraits: readonly DefiningTrait[] = [
	{
		id: 'no_service_small_budget',
		ground: 'organisation',
		models: ['humanis', 'cosmin', 'cimob'],
		// Both traits must be contradicted: a small service on a small budget stays within reach of
		// these models (41 % of services have one ETP or less, section 3).
		excludedWhen: {
			all: [
				withService,
				{
					any: [
						{ answer: 'budget_band', isAnyOf: ['50k_100k', '100k_250k', '250k_500k', 'over_500k'] },
						withEurope
					]
				}
			]
		},
		text: 'L’étude décrit les HUMANIS, COSMIN et CIMOB sans service des relations internationales et avec un budget faible ; votre collectivité a un service et des moyens d’un autre ordre.',
		sources: [
			s6(
				'Le point commun entre les HUMANIS, les COSMIN et les CIMOB est l’absence de service RI dédié à la coopération internationale et la faiblesse du budget dédié'
			)
		]
	},
	{
		id: 'ri_service',
		ground: 'organisation',
		models: ['astre'],
		// Only a service defines ASTRE: the Europe service is there « souvent », so an authority without
		// one keeps the model its orientation names, and the gap is said beside it; a Europe service
		// alone runs the relations the study says are « en particulier européennes ».
		excludedWhen: { all: [{ answer: 'ri_service', is: 'no' }, { not: withEurope }] },
		text: 'L’étude décrit les ASTRE avec un service des relations internationales stable\u00a0; votre collectivité n’en a pas, ni de service Europe.',
		sources: [
			s6('Elles disposent généralement d’un service RI stable, souvent avec un service Europe détaché'),
			s6(
				'démontrant une approche proactive dans la gestion des relations internationales, en particulier européennes'
			)
		]
	},
	{
		id: 'youth',
		ground: 'orientation',
		models: ['cimob'],
		// What tells the CIMOB from the COSMIN: openness and Europe alone are shared with them; the table's
		// themes add the ECSI.
		excludedWhen: noYouth,
		text: 'L’étude distingue les CIMOB par la mobilité, la jeunesse et l’éducation à la citoyenneté\u00a0; vous n’avez indiqué ni motivation, ni action, ni thème de ce champ.',
		sources: [
			s6('Les CIMOB sont particulièrement actives sur les questions de mobilité et de jeunesse'),
			table('Jeunesse, éducation, mobilité, ECSI')
		]
	}
];
