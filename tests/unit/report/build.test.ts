// The report model without any PDF: what each section says, read from the model's blocks.
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { answerText } from '../../../src/lib/engine/answer-text';
import { effectiveAnswers } from '../../../src/lib/engine/questionnaire';
import type { ReportBlock, ReportSection } from '../../../src/lib/report/model';
import { reportFor } from '../../../src/lib/report/diagnostic-report';
import { exampleDiagnostic } from '../typology/examples';
import { REPORT_DAY, reportCases, startingDiagnostic } from './cases';
import { allBlocks, blockTexts } from './model-text';

function section(sections: readonly ReportSection[], id: string): ReportSection {
	const found = sections.find((s) => s.id === id);
	if (!found) throw new Error(`no section ${id}`);
	return found;
}

/** the bullet items right after the heading that reads `heading` */
function bulletsUnder(blocks: readonly ReportBlock[], heading: RegExp): readonly string[] {
	const at = blocks.findIndex((b) => b.kind === 'heading' && heading.test(b.text));
	const next = blocks[at + 1];
	if (at < 0 || next?.kind !== 'bullets') throw new Error(`no bullets under ${heading}`);
	return next.items;
}

describe('summary', () => {
	it('lists three needs, three options and three first steps when there are as many', () => {
		const { model, recommendations } = reportFor(exampleDiagnostic('humanis'), REPORT_DAY);
		const { blocks } = section(model.sections, 'summary');
		expect(bulletsUnder(blocks, /^Vos trois besoins prioritaires$/)).toEqual(recommendations.needs.slice(0, 3).map((n) => n.label));
		const options = bulletsUnder(blocks, /^Les trois premiers dispositifs à solliciter$/);
		expect(options.map((o) => o.split(' — ')[0])).toEqual(recommendations.options.slice(0, 3).map((o) => o.option.name));
		const steps = recommendations.roadmap.steps.filter((s) => s.horizon === 'three_months');
		expect(steps.length).toBeGreaterThanOrEqual(3);
		expect(bulletsUnder(blocks, /^Vos premières étapes/)).toEqual(steps.slice(0, 3).map((s) => `${s.title} — ${s.detail}`));
	});

	it('says « deux » when only two needs come out of the answers', () => {
		const { model, recommendations } = reportFor(exampleDiagnostic('astre'), REPORT_DAY);
		expect(recommendations.needs).toHaveLength(2);
		expect(bulletsUnder(section(model.sections, 'summary').blocks, /^Vos deux besoins prioritaires$/)).toHaveLength(2);
	});
});

describe.each(reportCases)('report model of $name', ({ diagnostic, main }) => {
	const { model, recommendations } = reportFor(diagnostic, REPORT_DAY);
	const options = section(model.sections, 'options');
	const optionGroups = options.blocks.filter((b) => b.kind === 'group');

	it('presents the first options of the recommendations, in their order, and names the others', () => {
		const shown = recommendations.options.slice(0, optionGroups.length);
		expect(optionGroups.length).toBe(Math.min(6, recommendations.options.length));
		expect(optionGroups.map((g) => g.title)).toEqual(shown.map((o) => o.option.name));
		const links = optionGroups.map((g) => g.blocks.find((b) => b.kind === 'link'));
		expect(links.map((l) => l?.url)).toEqual(shown.map((o) => o.option.url));
		const others = recommendations.options.slice(optionGroups.length);
		const last = options.blocks.at(-1);
		const note = last?.kind === 'paragraph' ? last.text : '';
		expect(note === '').toBe(others.length === 0);
		for (const o of others) expect(note).toContain(o.option.shortName ?? o.option.name);
	});

	it('gives every figure the year it holds for', () => {
		const figures = recommendations.options.slice(0, optionGroups.length).flatMap((o) => o.figures);
		const rows = allBlocks(options.blocks)
			.flatMap((b) => (b.kind === 'facts' ? b.rows : []))
			.filter(([label]) => label.startsWith('Repère'));
		expect(rows.map(([label, text]) => [label, text])).toEqual(figures.map((f) => [`Repère (${f.year})`, f.note ? `${f.text} ${f.note}` : f.text]));
	});

	it('lists every effective answer in the annex', () => {
		const rows = allBlocks(section(model.sections, 'answers').blocks).flatMap((b) => (b.kind === 'facts' ? b.rows : []));
		const answers = effectiveAnswers(questionnaire, diagnostic.answers);
		const questions = questionnaire.steps.flatMap((s) => s.questions);
		const expected = Object.entries(answers).map(([id, value]) => {
			const question = questions.find((q) => q.id === id);
			if (!question) throw new Error(`no question ${id}`);
			return [question.label, answerText(question, value)];
		});
		expect(expected.length).toBeGreaterThan(8);
		expect(rows).toEqual(expect.arrayContaining(expected));
		expect(rows.filter(([, text]) => text !== 'Sans réponse')).toHaveLength(expected.length);
	});

	it(main ? 'draws the placement chart' : 'has no model chart', () => {
		const charts = model.sections.flatMap((s) => allBlocks(s.blocks)).filter((b) => b.kind === 'chart');
		expect(charts).toHaveLength(main ? 1 : 0);
	});
});

it('walks a starting authority through its path instead of a placement', () => {
	const { model } = reportFor(startingDiagnostic(), REPORT_DAY);
	const summary = section(model.sections, 'summary').blocks.flatMap(blockTexts).join('\n');
	expect(summary).toContain('suit le parcours de démarrage');
	expect(summary).not.toContain('Modèle principal');
	expect(section(model.sections, 'placement').title).toBe('Votre parcours pour commencer');
});
