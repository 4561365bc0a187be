// The questionnaire is data: these checks keep it coherent as it changes.
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import type { Condition, Question } from '../../../src/lib/content/types';
import { referencedQuestions } from '../../../src/lib/engine/conditions';

const questions: Question[] = questionnaire.steps.flatMap((step) => [...step.questions]);
const byId = new Map(questions.map((q) => [q.id, q]));
const position = new Map(questions.map((q, index) => [q.id, index]));

function conditionsOf(): { owner: string; condition: Condition }[] {
	const found: { owner: string; condition: Condition }[] = [];
	for (const step of questionnaire.steps) {
		if (step.visibleIf) found.push({ owner: step.id, condition: step.visibleIf });
		for (const q of step.questions) if (q.visibleIf) found.push({ owner: q.id, condition: q.visibleIf });
	}
	return found;
}

function leaves(condition: Condition): Extract<Condition, { answer: string }>[] {
	if ('all' in condition) return condition.all.flatMap(leaves);
	if ('any' in condition) return condition.any.flatMap(leaves);
	if ('not' in condition) return leaves(condition.not);
	return [condition];
}

describe('questionnaire definition', () => {
	it('has unique step, question and option identifiers', () => {
		const stepIds = questionnaire.steps.map((s) => s.id);
		expect(new Set(stepIds).size).toBe(stepIds.length);
		expect(byId.size).toBe(questions.length);
		for (const q of questions) {
			if (q.kind !== 'single' && q.kind !== 'multiple') continue;
			const ids = q.options.map((o) => o.id);
			expect(new Set(ids).size, q.id).toBe(ids.length);
		}
	});

	it('only conditions on questions asked earlier, with options that exist', () => {
		for (const { owner, condition } of conditionsOf()) {
			for (const id of referencedQuestions(condition)) {
				expect(byId.has(id), `${owner} reads unknown ${id}`).toBe(true);
				const ownerPosition = position.get(owner) ?? Infinity;
				expect(
					position.get(id)! < ownerPosition || !position.has(owner),
					`${owner} reads ${id} asked later`
				).toBe(true);
			}
			for (const leaf of leaves(condition)) {
				const target = byId.get(leaf.answer);
				const values = 'is' in leaf ? [leaf.is] : 'isAnyOf' in leaf ? leaf.isAnyOf : [];
				for (const value of values) {
					expect(
						target && 'options' in target && target.options.some((o) => o.id === value),
						`${owner}: ${leaf.answer} has no option ${value}`
					).toBe(true);
				}
			}
		}
	});

	it('takes « the main one » from an earlier multiple choice with the same options', () => {
		const derived = questions.filter((q) => q.kind === 'single' && (q.optionsFrom || q.groupedBy));
		expect(derived.map((q) => q.id)).toEqual(['department', 'main_motivation', 'main_obstacle']);
		for (const q of derived) {
			if (q.kind !== 'single') continue;
			const source = byId.get((q.optionsFrom ?? q.groupedBy)!);
			expect(source, q.id).toBeDefined();
			expect(position.get(source!.id)! < position.get(q.id)!).toBe(true);
			if (q.optionsFrom && source && source.kind === 'multiple') {
				expect(q.options.map((o) => o.id)).toEqual(source.options.map((o) => o.id));
			}
		}
	});

	it('writes every label with French typography', () => {
		const texts = questionnaire.steps.flatMap((step) => [
			step.title,
			step.intro ?? '',
			...step.questions.flatMap((q) => [
				q.label,
				q.hint ?? '',
				...('options' in q ? q.options.flatMap((o) => [o.label, o.hint ?? '']) : [])
			])
		]);
		for (const text of texts) {
			expect(text, text).not.toMatch(/'/); // typographic apostrophe only
			// a no-break space before ; ! ? : % and inside « », never a plain one
			expect(text, text).not.toMatch(/[^\u00a0\u202f][;!?]|[ ][:%]|«(?!\u00a0)|(?<!\u00a0)»/);
		}
	});

	it('offers « je ne sais pas » where a respondent may not know', () => {
		for (const id of [
			'seniority',
			'budget_line',
			'budget_band',
			'budget_trend',
			'oda_declared',
			'support_received',
			'service_competences'
		]) {
			const q = byId.get(id);
			expect(q && 'options' in q && q.options.some((o) => o.label === 'Je ne sais pas'), id).toBe(true);
		}
	});
});
