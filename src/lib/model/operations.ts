// Pure changes to a diagnostic record, used by the home screen and the questionnaire.
import type { AnswerValue, StepId } from '../content/types';
import { type Diagnostic, newDiagnosticId } from './diagnostic';

export function withAnswer(diagnostic: Diagnostic, questionId: string, value: AnswerValue | undefined): Diagnostic {
	const answers = { ...diagnostic.answers };
	if (value === undefined) delete answers[questionId];
	else answers[questionId] = value;
	return { ...diagnostic, answers };
}

export function withCurrentStep(diagnostic: Diagnostic, stepId: StepId): Diagnostic {
	return { ...diagnostic, currentStepId: stepId };
}

/** Marked finished now, unless it already was: the first time the end is reached is the one kept. */
export function completed(diagnostic: Diagnostic, now: Date = new Date()): Diagnostic {
	return diagnostic.completedAt ? diagnostic : { ...diagnostic, completedAt: now.toISOString() };
}

export function renamed(diagnostic: Diagnostic, title: string): Diagnostic {
	return { ...diagnostic, title: title.trim().slice(0, 120) };
}

/** A copy with its own identity and history; answers and position are kept. */
export function duplicated(diagnostic: Diagnostic, now: Date = new Date(), id: string = newDiagnosticId()): Diagnostic {
	const timestamp = now.toISOString();
	const { lastExportedAt: _exported, previousEditionId: _previous, ...rest } = diagnostic;
	return {
		...rest,
		id,
		title: `${diagnostic.title.trim() || String(diagnostic.answers['authority_name'] ?? 'Diagnostic')} (copie)`,
		createdAt: timestamp,
		updatedAt: timestamp,
		revision: 0
	};
}

/**
 * The same authority diagnosed again (a year later): a new record linked to this one, its answers
 * copied as a starting point, to be reviewed from the first step.
 */
export function nextEdition(
	diagnostic: Diagnostic,
	firstStepId: StepId,
	now: Date = new Date(),
	id: string = newDiagnosticId()
): Diagnostic {
	const timestamp = now.toISOString();
	const { lastExportedAt: _exported, completedAt: _completed, ...rest } = diagnostic;
	return {
		...rest,
		id,
		previousEditionId: diagnostic.id,
		currentStepId: firstStepId,
		createdAt: timestamp,
		updatedAt: timestamp,
		revision: 0
	};
}
