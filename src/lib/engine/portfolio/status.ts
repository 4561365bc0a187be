// Where a diagnostic stands, as the home list, the portfolio and the CSV say it.
import type { QuestionnaireDefinition } from '../../content/types';
import type { Diagnostic } from '../../model/diagnostic';
import { effectiveAnswers } from '../questionnaire';
import { progress } from '../progress';
import { perDiagnostic } from './memo';

export type ProgressState = 'not_started' | 'in_progress' | 'complete';

export interface DiagnosticStatus {
	readonly state: ProgressState;
	/** share of the expected questions answered, 0–100 */
	readonly percent: number;
}

/**
 * A new edition starts from the previous year's answers, all given: it stays « En cours » until it
 * is finished again (its summary or its results reached, which records `completedAt`).
 */
export const diagnosticStatus = perDiagnostic((definition, diagnostic): DiagnosticStatus => {
	const { complete, percent } = progress(definition, diagnostic.answers);
	const finished = complete && (diagnostic.previousEditionId === undefined || diagnostic.completedAt !== undefined);
	if (finished) return { state: 'complete', percent };
	return { state: Object.keys(diagnostic.answers).length === 0 ? 'not_started' : 'in_progress', percent };
});

/** The answers that count (visible questions, offered choices), worked out once per record. */
export const effectiveAnswersOf = perDiagnostic((definition: QuestionnaireDefinition, diagnostic: Diagnostic) =>
	effectiveAnswers(definition, diagnostic.answers)
);

/**
 * When a complete diagnostic was finished; null while it is not. One finished before the date was
 * recorded everywhere (older versions of the app, or the presenter view) gets its last change: the
 * latest it can have been finished.
 */
export function completionDate(definition: QuestionnaireDefinition, diagnostic: Diagnostic): string | null {
	if (diagnosticStatus(definition, diagnostic).state !== 'complete') return null;
	return diagnostic.completedAt ?? diagnostic.updatedAt;
}
