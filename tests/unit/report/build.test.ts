// The report model without any PDF: what each section says, read from the model's blocks.
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import type { Answers } from '../../../src/lib/content/types';
import { answerText } from '../../../src/lib/engine/answer-text';
import { effectiveAnswers } from '../../../src/lib/engine/questionnaire';
import { resultsDigest } from '../../../src/lib/report/digest';
import type { ReportBlock, ReportSection } from '../../../src/lib/report/model';
import { reportFor } from '../../../src/lib/report/diagnostic-report';
import { typeset } from '../../../src/lib/report/typeset';
import { exampleDiagnostic } from '../../fixtures/answers';
import { REPORT_DAY, reportCases, startingDiagnostic } from './cases';
import { allBlocks, blockTexts, modelTexts } from './model-text';

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
	it('says the model in plain words, then three needs, three options with their reason and the first three steps', () => {
		const { model, placement, recommendations } = reportFor(exampleDiagnostic('humanis'), REPORT_DAY);
		const { blocks } = section(model.sections, 'summary');
		const digest = resultsDigest(placement, recommendations);
		expect(blocks[0]).toEqual({ kind: 'paragraph', text: typeset(digest.model.sentence), tone: 'strong' });
		expect(bulletsUnder(blocks, /^Vos trois besoins prioritaires$/)).toEqual(
			recommendations.needs.slice(0, 3).map((n) => n.label)
		);
		const options = bulletsUnder(blocks, /^Les trois premiers dispositifs à solliciter$/);
		expect(options).toEqual(
			digest.options.map(({ ranked, reason }) => typeset(`${ranked.option.name} — ${reason}`))
		);
		expect(options).toHaveLength(3);
		expect(bulletsUnder(blocks, /^Vos trois premières étapes$/)).toEqual(
			recommendations.roadmap.steps.slice(0, 3).map((s) => typeset(`${s.title} — ${s.detail}`))
		);
	});

	it('keeps each model’s name with its share: « ASTRE » never ends a line with « 0 % » on the next', () => {
		const { model } = reportFor(exampleDiagnostic('humanis'), REPORT_DAY);
		const facts = section(model.sections, 'summary').blocks.find((b) => b.kind === 'facts');
		const shares = facts?.kind === 'facts' ? facts.rows.find(([label]) => /Part de chaque/.test(label))?.[1] : '';
		expect(shares).toMatch(/^HUMANIS\u00a0\d+\u00a0% · /);
		expect(shares).not.toMatch(/[A-Z] \d/);
	});

	it('says « deux » when only two needs come out of the answers', () => {
		const { model, recommendations } = reportFor(exampleDiagnostic('astre'), REPORT_DAY);
		expect(recommendations.needs).toHaveLength(2);
		expect(bulletsUnder(section(model.sections, 'summary').blocks, /^Vos deux besoins prioritaires$/)).toHaveLength(
			2
		);
	});
});

describe.each(reportCases)('report model of $name', ({ diagnostic, main }) => {
	const { model, recommendations } = reportFor(diagnostic, REPORT_DAY);
	const options = section(model.sections, 'options');
	const optionGroups = options.blocks.filter((b) => b.kind === 'group');

	it('presents the first options that have a reason, in their order, with it, and names the others', () => {
		const withReason = recommendations.options.filter((o) => o.why.length > 0);
		expect(optionGroups.length).toBe(Math.min(5, withReason.length));
		expect(optionGroups.map((g) => g.title)).toEqual(
			withReason.slice(0, optionGroups.length).map((o) => typeset(o.option.name))
		);
		for (const group of optionGroups) {
			const at = group.blocks.findIndex((b) => b.kind === 'intro' && b.text.startsWith('Pourquoi pour vous'));
			const reasons = group.blocks[at + 1];
			expect(reasons?.kind === 'bullets' && reasons.items.length > 0, group.title).toBe(true);
			// the link's readable name and its site, never the whole address
			const link = group.blocks.find((b) => b.kind === 'link');
			const option = withReason.find((o) => typeset(o.option.name) === group.title)!.option;
			expect(link?.label).toBe(
				typeset(`${option.urlLabel} (${new URL(option.url).hostname.replace(/^www\./, '')})`)
			);
			expect(link?.label).not.toMatch(/https?:/);
		}
		const others = withReason.slice(optionGroups.length);
		const last = options.blocks.at(-1);
		const note = last?.kind === 'paragraph' ? last.text : '';
		expect(note.startsWith('Également ouverts')).toBe(others.length > 0);
		for (const o of others) expect(note).toContain(typeset(o.option.shortName ?? o.option.name));
	});

	it('gives every figure the year it holds for', () => {
		const shown = recommendations.options.filter((o) =>
			optionGroups.some((g) => g.title === typeset(o.option.name))
		);
		const rows = allBlocks(options.blocks)
			.flatMap((b) => (b.kind === 'facts' ? b.rows : []))
			.filter(([label]) => label.startsWith('Repère'));
		expect(rows.map(([label, text]) => [label, text])).toEqual(
			shown
				.flatMap((o) => o.figures)
				.map((f) => [`Repère (${f.year})`, typeset(f.note ? `${f.text} ${f.note}` : f.text)])
		);
	});

	it('keeps the scoring detail and the answers out unless asked, and lists every effective answer when asked', () => {
		expect(model.sections.map((s) => s.id)).not.toContain('answers');
		expect(model.sections.map((s) => s.id)).not.toContain('scoring');
		expect(modelTexts(model).join('\n')).not.toMatch(/\bpoints?\b\)|[+−]\d+\u00a0point/);
		const withAnnex = reportFor(diagnostic, REPORT_DAY, { annex: true }).model;
		expect(withAnnex.sections.some((s) => s.id === 'scoring')).toBe(main !== null);
		const rows = allBlocks(section(withAnnex.sections, 'answers').blocks).flatMap((b) =>
			b.kind === 'facts' ? b.rows : []
		);
		const answers = effectiveAnswers(questionnaire, diagnostic.answers);
		const questions = questionnaire.steps.flatMap((s) => s.questions);
		const expected = Object.entries(answers).map(([id, value]) => {
			const question = questions.find((q) => q.id === id);
			if (!question) throw new Error(`no question ${id}`);
			return [typeset(question.label), typeset(answerText(question, value))];
		});
		expect(expected.length).toBeGreaterThan(8);
		expect(rows).toEqual(expect.arrayContaining(expected));
		expect(rows.filter(([, text]) => text !== 'Sans réponse')).toHaveLength(expected.length);
	});

	it('never reads a range twice, in the report or its annex', () => {
		const withAnnex = reportFor(diagnostic, REPORT_DAY, { annex: true }).model;
		const doubled = modelTexts(withAnnex).filter((text) => /(\S[^—]{6,}?) — \1/.test(text));
		expect(doubled).toEqual([]);
	});

	it('keeps numbers with their units, signs with their words, brackets one level deep', () => {
		for (const text of modelTexts(model)) {
			expect(text).not.toMatch(/\d [\d€%]| [:;?!»€%]|« /);
			expect(text).not.toMatch(/\([^()]*\(/);
		}
	});

	it(main ? 'draws the placement chart' : 'has no model chart', () => {
		const charts = model.sections.flatMap((s) => allBlocks(s.blocks)).filter((b) => b.kind === 'chart');
		expect(charts).toHaveLength(main ? 1 : 0);
	});
});

it('walks a starting authority through its path instead of a placement', () => {
	const { model } = reportFor(startingDiagnostic(), REPORT_DAY);
	const summary = section(model.sections, 'summary').blocks.flatMap(blockTexts).join('\n');
	expect(summary).toContain('ne mène pas encore d’action à l’international');
	expect(summary).not.toContain('Modèle principal');
	expect(section(model.sections, 'placement').title).toBe('Votre parcours pour commencer');
});

describe('cover', () => {
	const coverLines = (answers: Answers) => {
		const diagnostic = exampleDiagnostic('humanis');
		return reportFor({ ...diagnostic, answers: { ...diagnostic.answers, ...answers } }, REPORT_DAY).model.cover
			.lines;
	};

	it('names the region, then the département with its number', () => {
		expect(coverLines({ region: 'pays-de-la-loire', department: '44' })).toContain(
			'Pays de la Loire — Loire-Atlantique (44)'
		);
	});

	it('dates the answers and the printing apart', () => {
		const diagnostic = { ...exampleDiagnostic('humanis'), completedAt: '2025-11-20T10:00:00Z' };
		const { model } = reportFor(diagnostic, REPORT_DAY);
		expect(model.cover.lines).toEqual(
			expect.arrayContaining(['Réponses du 20 novembre 2025', 'Feuille de route éditée le 2 mars 2026'])
		);
	});

	it('names an overseas region that is one département once', () => {
		const lines = coverLines({ region: 'martinique', department: '972' });
		expect(lines).toContain('Martinique (972)');
		expect(lines.join('\n')).not.toMatch(/Martinique — Martinique/);
	});
});

describe('not yet within reach', () => {
	it('presents the options as the elected officials’ choice, neither a required step nor a target', () => {
		const { model } = reportFor(exampleDiagnostic('cosmin'), REPORT_DAY);
		const texts = section(model.sections, 'not_yet').blocks.flatMap(blockTexts).join(' ');
		expect(texts).toMatch(/si vos élus les choisissent\s: ni une étape obligée, ni un objectif à atteindre/);
	});
});
