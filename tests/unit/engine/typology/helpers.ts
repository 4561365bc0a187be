// Reading placements in tests: the engaged placement of raw answers, a model's share, a few answers
// changed, the shares as a table for a failure message.
import { questionnaire } from '../../../../src/lib/content/questionnaire';
import type { AnswerValue, Answers } from '../../../../src/lib/content/types';
import { effectiveAnswers } from '../../../../src/lib/engine/questionnaire';
import { placeDiagnostic } from '../../../../src/lib/engine/typology/placement';
import { modelIds, type EngagedPlacement, type ModelId } from '../../../../src/lib/engine/typology/types';

/** Placement of raw answers, through effectiveAnswers as the app does. */
export function engaged(answers: Answers): EngagedPlacement {
	const placement = placeDiagnostic(effectiveAnswers(questionnaire, answers));
	if (placement.kind !== 'engaged') throw new Error('expected an engaged placement');
	return placement;
}

export function shareOf(placement: EngagedPlacement, model: ModelId): number {
	return placement.models.find((reading) => reading.model === model)?.share ?? 0;
}

export function with_(answers: Answers, changes: Record<string, AnswerValue>): Answers {
	return { ...answers, ...changes };
}

/** One line per model: combined, orientation and structuring shares. */
export function sharesTable(title: string, placement: EngagedPlacement): string {
	const rows = modelIds.map(
		(m) =>
			`  ${m.padEnd(10)} ${String(shareOf(placement, m)).padStart(3)} %   orientation ${String(placement.orientation.shares[m]).padStart(3)} %   structuration ${String(placement.structuring.shares[m]).padStart(3)} %`
	);
	return [`${title} → ${placement.main}`, ...rows].join('\n');
}
