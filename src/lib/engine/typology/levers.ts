// Turns the study's levers (content) into the answers they would change for one authority.
import { questionnaire } from '../../content/questionnaire';
import { UNKNOWN, type AnswerValue, type Answers } from '../../content/types';
import type { ModelId } from '../../content/typology/model-ids';
import type { LeverSpec } from '../../content/typology/rule-types';
import { leverSpecs } from '../../content/typology/levers';
import { chosenIds } from '../conditions';
import { findQuestion } from '../questionnaire';
import type { Lever } from './types';

function optionIds(questionId: string): { ids: string[]; exclusive: string[] } {
	const question = findQuestion(questionnaire, questionId);
	const options = question && 'options' in question ? question.options : [];
	return { ids: options.map((o) => o.id), exclusive: options.filter((o) => o.exclusive).map((o) => o.id) };
}

function changesOf(spec: LeverSpec, answers: Answers): Record<string, AnswerValue> {
	const changes: Record<string, AnswerValue> = {};
	for (const [questionId, value] of Object.entries(spec.set ?? {})) {
		if (answers[questionId] !== value) changes[questionId] = value;
	}
	for (const [questionId, minimum] of Object.entries(spec.atLeast ?? {})) {
		const current = answers[questionId];
		if (typeof current !== 'number' || current < minimum) changes[questionId] = minimum;
	}
	for (const [questionId, target] of Object.entries(spec.raiseTo ?? {})) {
		const scale = optionIds(questionId).ids.filter((id) => id !== UNKNOWN);
		const current = answers[questionId];
		const position = typeof current === 'string' ? scale.indexOf(current) : -1;
		if (position < scale.indexOf(target)) changes[questionId] = target;
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

/** The levers towards a model that would change something for this authority, in the content's order. */
export function leversTowards(model: ModelId, answers: Answers): Lever[] {
	return leverSpecs
		.filter((spec) => spec.towards.includes(model))
		.map((spec) => ({ id: spec.id, label: spec.label, reason: spec.reason, changes: changesOf(spec, answers) }))
		.filter((lever) => Object.keys(lever.changes).length > 0);
}
