// Evidence per model: each trait of the study (a row of its synthesis table) counts once per model,
// with the strongest matching rule for and the strongest against; the answers behind it are listed.
// The main motivation counts once more (settings.ts).
import type { Answers } from '../../content/types';
import { modelIds, type ModelId } from '../../content/typology/model-ids';
import { traitAxis, traitIds, type Axis } from '../../content/typology/rule-types';
import { MAIN_MOTIVATION_EXTRA } from '../../content/typology/settings';
import { chosenIds } from '../conditions';
import type { MatchedRule } from './evidence';
import type { Evidence } from './types';

/** The motivation counted as main: the one chosen, or the only one ticked. */
function mainMotivation(answers: Answers): string | undefined {
	const main = answers['main_motivation'];
	if (typeof main === 'string') return main;
	const ticked = chosenIds(answers['motivations']);
	return ticked.length === 1 ? ticked[0] : undefined;
}

/** The strongest of the matched rules in one direction, with every answer that pointed that way. */
function strongest(matched: readonly MatchedRule[], model: ModelId, sign: 1 | -1): Evidence | null {
	const pointing = matched.filter((m) => Math.sign(m.rule.weights[model] ?? 0) === sign);
	const [top] = [...pointing].sort(
		(a, b) => Math.abs(b.rule.weights[model] ?? 0) - Math.abs(a.rule.weights[model] ?? 0)
	);
	if (!top) return null;
	const answers = [top.answer, ...pointing.map((m) => m.answer).filter((a) => a !== top.answer)];
	return {
		trait: top.rule.trait,
		axis: traitAxis[top.rule.trait],
		ruleId: top.rule.id,
		questionId: top.rule.questionId,
		answer: [...new Set(answers)].join('\u00a0; '),
		reason: top.rule.reason,
		weight: top.rule.weights[model] ?? 0,
		sources: top.rule.sources
	};
}

export type ModelEvidence = Readonly<Record<ModelId, readonly Evidence[]>>;

export function evidenceByModel(matched: readonly MatchedRule[], answers: Answers): ModelEvidence {
	const main = mainMotivation(answers);
	const mainRule = matched.find(
		(m) => m.rule.questionId === 'motivations' && 'option' in m.rule.match && m.rule.match.option === main
	);
	const result = {} as Record<ModelId, Evidence[]>;
	for (const model of modelIds) {
		const list: Evidence[] = [];
		for (const trait of traitIds) {
			const inTrait = matched.filter((m) => m.rule.trait === trait);
			for (const sign of [1, -1] as const) {
				const found = strongest(inTrait, model, sign);
				if (found) list.push(found);
			}
		}
		const extra = (mainRule?.rule.weights[model] ?? 0) * MAIN_MOTIVATION_EXTRA;
		if (mainRule && extra > 0)
			list.push({
				trait: 'motivations',
				axis: 'orientation',
				ruleId: `${mainRule.rule.id}.main`,
				questionId: 'main_motivation',
				answer: mainRule.answer,
				reason: `C’est votre motivation principale\u00a0: elle compte une fois de plus. ${mainRule.rule.reason}`,
				weight: extra,
				sources: mainRule.rule.sources
			});
		result[model] = list;
	}
	return result;
}

export function scoreOn(evidence: readonly Evidence[], axis: Axis): number {
	return evidence.filter((e) => e.axis === axis).reduce((sum, e) => sum + e.weight, 0);
}
