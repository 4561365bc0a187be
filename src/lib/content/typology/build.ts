// One way to write a rule that reads one option of one question.
import type { Condition } from '../types';
import type { StudyQuote, TraitId, TypologyRule } from './rule-types';

export function optionRule(
	trait: TraitId,
	questionId: string,
	option: string,
	weights: TypologyRule['weights'],
	reason: string,
	sources: readonly StudyQuote[],
	when?: Condition
): TypologyRule {
	const rule = { id: `${questionId}.${option}`, trait, questionId, match: { option }, weights, reason, sources };
	return when ? { ...rule, when } : rule;
}
