// What the study states as defining a model, read as conditions rather than as points: when the
// answers contradict them, the model is not proposed, whatever the orientation says.
import type { Condition } from '../types';
import type { ModelId } from './model-ids';
import { s6 } from './quotes';
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

const withService: Condition = { answer: 'ri_service', is: 'yes' };

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
						{ answer: 'europe_service', is: 'yes' }
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
		// Only the RI service defines ASTRE: the Europe service is there « souvent », so an authority
		// without one keeps the model its orientation names, and the gap is said beside it.
		excludedWhen: { answer: 'ri_service', is: 'no' },
		text: 'L’étude décrit les ASTRE avec un service des relations internationales stable ; votre collectivité n’en a pas.',
		sources: [s6('Elles disposent généralement d’un service RI stable, souvent avec un service Europe détaché')]
	}
];
