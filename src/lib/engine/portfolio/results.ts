// The placement of each diagnostic of a selection, read the same way by the portfolio views and
// the CSV. Only a complete questionnaire is placed: a partial one would show a misleading model.
import { modelDescriptions } from '../../content/typology/models';
import type { QuestionnaireDefinition } from '../../content/types';
import type { Diagnostic } from '../../model/diagnostic';
import { diagnose, placeAnswers } from '..';
import { listFr } from '../french';
import { isComplete } from '../progress';
import type { Recommendations } from '../recommendations/types';
import { modelIds, type ModelId, type Placement } from '../typology/types';
import { perDiagnostic } from './memo';

export const STARTING = 'starting';

export const placementOf = perDiagnostic((definition, diagnostic): Placement | null =>
	isComplete(definition, diagnostic.answers) ? placeAnswers(diagnostic.answers) : null
);

/** The needs and options of a complete diagnostic, as its results page shows them; null otherwise. */
export function recommendationsOf(definition: QuestionnaireDefinition, diagnostic: Diagnostic): Recommendations | null {
	return isComplete(definition, diagnostic.answers) ? diagnose(diagnostic.answers).recommendations : null;
}

export function sharesOf(placement: Placement | null): Record<ModelId, number> | null {
	if (placement?.kind !== 'engaged') return null;
	return Object.fromEntries(
		modelIds.map((id) => [id, placement.models.find((m) => m.model === id)?.share ?? 0])
	) as Record<ModelId, number>;
}

/** The main model's id, « starting » for the authorities with no action yet, null when not placed. */
export function mainModelOf(placement: Placement | null): ModelId | typeof STARTING | null {
	if (!placement) return null;
	return placement.kind === 'engaged' ? placement.main : STARTING;
}

/** « HUMANIS », « CIMOB, HUMANIS et COSMIN (profil hybride) », « Pas encore d’action extérieure ». */
export function placementText(placement: Placement | null): string {
	if (!placement) return 'Questionnaire incomplet';
	if (placement.kind === 'starting') return 'Pas encore d’action extérieure';
	if (placement.hybrid) return `${listFr(placement.hybrid.map((id) => modelDescriptions[id].name))} (profil hybride)`;
	return modelDescriptions[placement.main].name;
}

export const modelLabels: ReadonlyMap<string, string> = new Map([
	...modelIds.map((id) => [id, modelDescriptions[id].name] as const),
	[STARTING, 'Pas encore d’action extérieure']
]);
