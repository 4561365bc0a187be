// The answers a lever would change for one authority, for « et si… »: only what differs from today.
import { questionnaire } from '../../content/questionnaire';
import type { LeverSpec } from '../../content/levers/types';
import type { AnswerValue, Answers } from '../../content/types';
import { chosenIds } from '../conditions';
import { findQuestion } from '../questionnaire';

function optionIds(questionId: string): { ids: string[]; exclusive: string[] } {
	const question = findQuestion(questionnaire, questionId);
	const options = question && 'options' in question ? question.options : [];
	return { ids: options.map((o) => o.id), exclusive: options.filter((o) => o.exclusive).map((o) => o.id) };
}

export function leverChanges(spec: LeverSpec, answers: Answers): Record<string, AnswerValue> {
	const changes: Record<string, AnswerValue> = {};
	for (const [questionId, value] of Object.entries(spec.set ?? {})) {
		if (answers[questionId] !== value) changes[questionId] = value;
	}
	for (const [questionId, added] of Object.entries(spec.add ?? {})) {
		const current = chosenIds(answers[questionId]);
		if (added.every((id) => current.includes(id))) continue;
		const { ids, exclusive } = optionIds(questionId);
		const kept = new Set([...current.filter((id) => !exclusive.includes(id)), ...added]);
		changes[questionId] = ids.filter((id) => kept.has(id));
	}
	return changes;
}
