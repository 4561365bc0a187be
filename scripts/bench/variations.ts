// Small random changes to an example's answers, so 1 000 placements are not 1 000 copies of a
// handful of inputs (which would flatter any cache). Seeded: every bench places the same 1 000.
import { questionnaire } from '../../src/lib/content/questionnaire';
import type { AnswerValue, Answers, Question } from '../../src/lib/content/types';
import { findQuestion } from '../../src/lib/engine/questionnaire';

export type Random = () => number;

/** mulberry32: a tiny seeded generator, enough to pick answers. */
export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

function variedValue(question: Question, value: AnswerValue, random: Random): AnswerValue {
	switch (question.kind) {
		case 'single':
			return pick(question.options, random).id;
		case 'multiple': {
			// Drop or add one option, keeping clear of exclusive ones (« aucun ») and of the maximum.
			const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
			const kept = (Array.isArray(value) ? (value as readonly string[]) : []).filter((id) => !exclusive.has(id));
			const full = kept.length >= (question.max ?? Infinity);
			if (kept.length > 1 && (full || random() < 0.5)) {
				const dropped = Math.floor(random() * kept.length);
				return kept.filter((_, i) => i !== dropped);
			}
			if (full) return value;
			return [
				...new Set([
					...kept,
					pick(
						question.options.filter((o) => !o.exclusive),
						random
					).id
				])
			];
		}
		case 'number': {
			const scaled = Math.round((Number(value) * (0.5 + random())) / question.step) * question.step;
			return Math.min(question.max, Math.max(question.min, scaled));
		}
		default:
			return value;
	}
}

/** Changes two answered choice or number questions; choices filtered by another answer are left alone. */
export function vary(answers: Answers, random: Random): Answers {
	const changeable = Object.keys(answers).filter((id) => {
		const question = findQuestion(questionnaire, id);
		return (
			question &&
			question.kind !== 'text' &&
			question.kind !== 'countries' &&
			!(question.kind === 'single' && (question.optionsFrom || question.groupedBy))
		);
	});
	if (changeable.length === 0) return answers;
	const result: Record<string, AnswerValue> = { ...answers };
	for (let i = 0; i < 2; i++) {
		const id = pick(changeable, random);
		result[id] = variedValue(findQuestion(questionnaire, id)!, result[id]!, random);
	}
	return result;
}
