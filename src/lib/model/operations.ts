// Pure changes to a diagnostic record, used by the home screen and the questionnaire.
import type { AnswerValue, StepId } from '../content/types';
import {
	TITLE_MAX_LENGTH,
	displayName,
	newDiagnosticId,
	withoutControlCharacters,
	type Diagnostic
} from './diagnostic';

export function withAnswer(diagnostic: Diagnostic, questionId: string, value: AnswerValue | undefined): Diagnostic {
	const answers = { ...diagnostic.answers };
	if (value === undefined) delete answers[questionId];
	else answers[questionId] = typeof value === 'string' ? withoutControlCharacters(value) : value;
	return { ...diagnostic, answers };
}

export function withCurrentStep(diagnostic: Diagnostic, stepId: StepId): Diagnostic {
	return { ...diagnostic, currentStepId: stepId };
}

/** Marked finished now, unless it already was: the first time the end is reached is the one kept. */
export function completed(diagnostic: Diagnostic, now: Date = new Date()): Diagnostic {
	return diagnostic.completedAt ? diagnostic : { ...diagnostic, completedAt: now.toISOString() };
}

/** `text` cut to `max` characters without splitting a surrogate pair, an ellipsis marking the cut. */
function fitted(text: string, max: number): string {
	const chars = [...text];
	return chars.length <= max
		? text
		: `${chars
				.slice(0, max - 1)
				.join('')
				.trimEnd()}…`;
}

export function renamed(diagnostic: Diagnostic, title: string): Diagnostic {
	return { ...diagnostic, title: fitted(withoutControlCharacters(title).trim(), TITLE_MAX_LENGTH) };
}

const COPY = ' (copie)';

/** A copy with its own identity and history; answers and position are kept. */
export function duplicated(diagnostic: Diagnostic, now: Date = new Date(), id: string = newDiagnosticId()): Diagnostic {
	const timestamp = now.toISOString();
	const { lastExportedAt: _exported, previousEditionId: _previous, ...rest } = diagnostic;
	return {
		...rest,
		id,
		// a 120-character name stays within the limit once marked as a copy
		title: `${fitted(displayName(diagnostic), TITLE_MAX_LENGTH - COPY.length)}${COPY}`,
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

/** Keys sorted, so two records read from different places compare by content, not by key order. */
function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(
		Object.keys(value)
			.sort()
			.map((key) => [key, canonical((value as Record<string, unknown>)[key])])
	);
}

/** The same diagnostic at the same revision, whenever it was last exported: importing it again adds nothing. */
export function sameRecord(a: Diagnostic, b: Diagnostic): boolean {
	const { lastExportedAt: _a, ...restA } = a;
	const { lastExportedAt: _b, ...restB } = b;
	return JSON.stringify(canonical(restA)) === JSON.stringify(canonical(restB));
}
