// Two tabs edited one diagnostic: a three-way merge from the last state both knew (`base`).
// Answers to different questions are all kept; a question answered differently in each asks.
import type { AnswerValue } from '../content/types';
import type { Diagnostic } from './diagnostic';

export interface Merged {
	/** mine and theirs together, at their revision; a conflicting question keeps my value for now */
	readonly diagnostic: Diagnostic;
	/** questions both tabs changed, to different values */
	readonly conflicts: readonly string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** base → mine and base → theirs; neither changed, one did, or both (the same way or not). */
function pick<T>(base: T, mine: T, theirs: T): { value: T; conflict: boolean } {
	if (same(mine, theirs) || same(theirs, base)) return { value: mine, conflict: false };
	if (same(mine, base)) return { value: theirs, conflict: false };
	return { value: mine, conflict: true };
}

const later = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);

export function mergeRevisions(base: Diagnostic, mine: Diagnostic, theirs: Diagnostic): Merged {
	const answers: Record<string, AnswerValue> = {};
	const conflicts: string[] = [];
	const ids = new Set([...Object.keys(base.answers), ...Object.keys(mine.answers), ...Object.keys(theirs.answers)]);
	for (const id of ids) {
		const { value, conflict } = pick(base.answers[id], mine.answers[id], theirs.answers[id]);
		if (conflict) conflicts.push(id);
		if (value !== undefined) answers[id] = value;
	}
	const title = pick(base.title, mine.title, theirs.title).value;
	const merged: Diagnostic = {
		...theirs,
		title,
		answers,
		// where each tab is in the questionnaire is its own business
		currentStepId: mine.currentStepId
	};
	const completedAt = mine.completedAt ?? theirs.completedAt;
	const lastExportedAt = later(mine.lastExportedAt, theirs.lastExportedAt);
	return {
		diagnostic: { ...merged, ...(completedAt && { completedAt }), ...(lastExportedAt && { lastExportedAt }) },
		conflicts
	};
}

/** After the choice: every conflicting question takes the chosen tab's value. */
export function settled(merged: Merged, theirs: Diagnostic, keep: 'mine' | 'theirs'): Diagnostic {
	if (keep === 'mine') return merged.diagnostic;
	const answers: Record<string, AnswerValue> = { ...merged.diagnostic.answers };
	for (const id of merged.conflicts) {
		const value = theirs.answers[id];
		if (value === undefined) delete answers[id];
		else answers[id] = value;
	}
	return { ...merged.diagnostic, answers };
}
