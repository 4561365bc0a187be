// « Et si… » : the placement before and after changing some answers, and how each share moves.
import { questionnaire } from '../../content/questionnaire';
import type { AnswerValue, Answers } from '../../content/types';
import { modelIds, type ModelId } from '../../content/typology/model-ids';
import { effectiveAnswers } from '../questionnaire';
import { placeDiagnostic } from './placement';
import type { Placement } from './types';

export interface WhatIf {
	readonly before: Placement;
	readonly after: Placement;
	/** after minus before, in points of share (a starting placement counts as 0 everywhere) */
	readonly shifts: Record<ModelId, number>;
}

function shareOf(placement: Placement, model: ModelId): number {
	return placement.kind === 'engaged' ? (placement.models.find((m) => m.model === model)?.share ?? 0) : 0;
}

export function whatIf(answers: Answers, changes: Readonly<Record<string, AnswerValue>>): WhatIf {
	const before = placeDiagnostic(effectiveAnswers(questionnaire, answers));
	const after = placeDiagnostic(effectiveAnswers(questionnaire, { ...answers, ...changes }));
	const shifts = Object.fromEntries(modelIds.map((m) => [m, shareOf(after, m) - shareOf(before, m)])) as Record<
		ModelId,
		number
	>;
	return { before, after, shifts };
}
