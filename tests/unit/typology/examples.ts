// The five profile-types of typologie.md, read from the example export files like any import.
import { readFileSync } from 'node:fs';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import type { AnswerValue, Answers } from '../../../src/lib/content/types';
import { effectiveAnswers } from '../../../src/lib/engine/questionnaire';
import { placeDiagnostic } from '../../../src/lib/engine/typology/placement';
import { modelIds, type EngagedPlacement, type ModelId } from '../../../src/lib/engine/typology/types';
import type { Diagnostic } from '../../../src/lib/model/diagnostic';
import { readDiagnosticFile } from '../../../src/lib/model/diagnostic-file';

export function examplePath(model: ModelId): string {
	return new URL(`../../../examples/profil-type-${model}.json`, import.meta.url).pathname;
}

export function exampleDiagnostic(model: ModelId): Diagnostic {
	const result = readDiagnosticFile(readFileSync(examplePath(model), 'utf8'));
	if (!result.ok) throw new Error(`${model} : ${result.errors.join(' ; ')}`);
	const [diagnostic] = result.diagnostics;
	if (!diagnostic) throw new Error(`${model} : aucun diagnostic`);
	return diagnostic;
}

export function profileAnswers(model: ModelId): Answers {
	return exampleDiagnostic(model).answers;
}

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
