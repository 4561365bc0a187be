// Evaluates the questionnaire's condition trees. Pure: no DOM, no storage.
import type { AnswerValue, Answers, Condition } from '../content/types';

export function isAnswered(value: AnswerValue | undefined): boolean {
	if (value === undefined) return false;
	if (typeof value === 'string') return value.trim() !== '';
	if (typeof value === 'number') return Number.isFinite(value);
	return value.length > 0;
}

/** The ids an answer holds: one for a single choice, several for a multiple choice. */
export function chosenIds(value: AnswerValue | undefined): readonly string[] {
	if (typeof value === 'string') return value === '' ? [] : [value];
	if (Array.isArray(value)) return value;
	return [];
}

export function evaluate(condition: Condition, answers: Answers): boolean {
	if ('all' in condition) return condition.all.every((c) => evaluate(c, answers));
	if ('any' in condition) return condition.any.some((c) => evaluate(c, answers));
	if ('not' in condition) return !evaluate(condition.not, answers);
	const value = answers[condition.answer];
	if ('is' in condition) return chosenIds(value).includes(condition.is);
	if ('isAnyOf' in condition) return chosenIds(value).some((id) => condition.isAnyOf.includes(id));
	if ('answered' in condition) return isAnswered(value) === condition.answered;
	if ('below' in condition) return typeof value === 'number' && value < condition.below;
	return chosenIds(value).length >= condition.countAtLeast;
}

/** Every question id a condition reads, so tests can check that each one exists. */
export function referencedQuestions(condition: Condition): string[] {
	if ('all' in condition) return condition.all.flatMap(referencedQuestions);
	if ('any' in condition) return condition.any.flatMap(referencedQuestions);
	if ('not' in condition) return referencedQuestions(condition.not);
	return [condition.answer];
}
