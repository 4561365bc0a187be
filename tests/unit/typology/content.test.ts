// The typology content: every rule names its trait, reads a real answer, and speaks good French.
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { leverSpecs } from '../../../src/lib/content/typology/levers';
import { modelDescriptions } from '../../../src/lib/content/typology/models';
import { typologyRules } from '../../../src/lib/content/typology/rules';
import { startingPath } from '../../../src/lib/content/typology/starting';
import { findQuestion } from '../../../src/lib/engine/questionnaire';

/** A regular space where French typography wants a no-break one (also in 10 000 € and 3 ETP), or a straight apostrophe. */
const badTypography = /« | »| [;:!?%€]|\d \d|\d ETP|'/;

function texts(): string[] {
	return [
		...typologyRules.flatMap((r) => [r.reason, 'answerLabel' in r.match ? r.match.answerLabel : '']),
		...leverSpecs.flatMap((l) => [l.label, l.reason]),
		...Object.values(modelDescriptions).flatMap((d) => [d.meaning, d.summary]),
		startingPath.title,
		startingPath.intro,
		...startingPath.steps.flatMap((s) => [s.title, s.text]),
		...startingPath.needs.flatMap((n) => [n.figure, n.text])
	];
}

describe('typology content', () => {
	it('every rule has a unique id, names a trait of typologie.md and reads an existing question and option', () => {
		const ids = typologyRules.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const rule of typologyRules) {
			expect(rule.source, rule.id).toMatch(/^typologie\.md — /);
			const question = findQuestion(questionnaire, rule.questionId);
			expect(question, rule.id).toBeDefined();
			if ('option' in rule.match && question && 'options' in question) {
				expect(question.options.map((o) => o.id), rule.id).toContain(rule.match.option);
			}
		}
	});

	it('every lever changes existing questions and options', () => {
		for (const lever of leverSpecs) {
			const entries = [...Object.entries(lever.set ?? {}), ...Object.entries(lever.raiseTo ?? {})];
			for (const [questionId, option] of entries) {
				const question = findQuestion(questionnaire, questionId);
				expect(question && 'options' in question ? question.options.map((o) => o.id) : [], lever.id).toContain(option);
			}
			for (const [questionId, options] of Object.entries(lever.add ?? {})) {
				const question = findQuestion(questionnaire, questionId);
				const known = question && 'options' in question ? question.options.map((o) => o.id) : [];
				expect(known, lever.id).toEqual(expect.arrayContaining([...options]));
			}
		}
	});

	it('uses French typography: no-break spaces inside « », before ; : ! ? % € and in numbers, curly apostrophes', () => {
		const faulty = texts().filter((text) => badTypography.test(text));
		expect(faulty).toEqual([]);
	});
});
