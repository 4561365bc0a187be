// The whole report of each profile-type, of a small commune, a département and the starting path,
// drawn in Node and read back with poppler as a reader would see it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelDescriptions } from '../../../src/lib/content/typology/models';
import { modelIds } from '../../../src/lib/engine/typology/types';
import { reportFor } from '../../../src/lib/report/diagnostic-report';
import type { ReportModel } from '../../../src/lib/report/model';
import { makeReportPdfBytes } from '../../../src/lib/report/pdf/node';
import { REPORT_DAY, reportCases } from './cases';
import { allBlocks, modelTexts } from './model-text';
import { HEADING_LINE_PT, lastBodyLines, strayWords } from './pdf/margins';
import { fontRuns, type TextRun } from './pdf/pdf-text-layer';
import { layout, outline, run, type PageLayout } from './pdf/poppler';

const sectionTitles = (placementTitle: string) => [
	'Synthèse',
	placementTitle,
	'Vos besoins',
	'Les dispositifs qui vous correspondent',
	'Votre feuille de route',
	'Vous et les collectivités de l’étude',
	'À propos de ce document',
	'Sigles et termes'
];
/** « de », « le », « la », « que » written whole before a vowel sound: « de AFCCRE », « le OFAJ » */
const noElision = /(?<!\p{L})(de|le|la|que) (?=[aeiouyàâéèêîôûœ])/iu;
/** the characters French typography needs that a report may contain */
const FRENCH = ['é', 'è', 'à', 'ç', 'œ', '«', '»', '’', '€', '\u00a0', '\u202f'];
/** every report has these: accents, apostrophes, quotes and the no-break space before a colon */
const ALWAYS = ['é', 'è', 'à', '’', '«', '»', '\u00a0'];

/** as pdftotext prints it: no-break spaces become spaces */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'acter-profiles-'));
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe.each(reportCases)('report of $name', ({ diagnostic, main, slug, small }) => {
	let model: ReportModel;
	let pdfPath: string;
	let raw: string;
	let text: string;
	let runs: TextRun[];
	let pages: PageLayout[];

	beforeAll(async () => {
		model = reportFor(diagnostic, REPORT_DAY).model;
		pdfPath = join(dir, model.meta.fileName);
		const bytes = await makeReportPdfBytes(model);
		await writeFile(pdfPath, bytes);
		raw = Buffer.from(bytes).toString('latin1');
		text = run('pdftotext', '-layout', '-enc', 'UTF-8', pdfPath, '-');
		runs = fontRuns(await readFile(pdfPath));
		pages = layout(pdfPath);
	}, 60_000);

	const pageText = (n: number): string =>
		run('pdftotext', '-layout', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdfPath, '-');

	it('is named for the authority, the year of its edition and the day', () => {
		expect(model.meta.fileName).toBe(`autodiagnostic-aect-${slug}-edition-2026-2026-03-02.pdf`);
		expect(model.meta.fileName).toMatch(/^autodiagnostic-aect-[a-z0-9]+(-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}\.pdf$/);
	});

	it(`has ${small ? 'at most 8 pages' : '6 to 12 pages'}, a title naming the authority, French as its language and a bookmark per section`, () => {
		const info = run('pdfinfo', pdfPath);
		const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
		expect(pageCount).toBeGreaterThanOrEqual(main ? 6 : 5);
		expect(pageCount).toBeLessThanOrEqual(small ? 8 : 12);
		expect(info).toContain(
			`Title:           Feuille de route de l’action extérieure — ${model.cover.authorityName}`
		);
		expect(raw).toContain('/Lang (fr-FR)');
		expect(raw).toContain('/DisplayDocTitle true');
		const marks = outline(pdfPath);
		expect(marks.map((m) => plain(m.title))).toEqual(model.sections.map((s) => plain(s.title)));
		expect(marks.map((m) => m.page)).toEqual([...marks.map((m) => m.page)].sort((a, b) => a - b));
	});

	it('keeps the synthesis on a page of its own, the placement starting the next', () => {
		expect(pageText(2)).toContain('Synthèse');
		expect(pageText(3).trimStart()).toMatch(/^.*\n+(Votre modèle, en clair|Votre parcours pour commencer)/);
	});

	it('shows every section, in order, and the authority on the cover', () => {
		const optional = ['Pas encore à votre portée', 'Les choix possibles pour vos élus'];
		const titles = sectionTitles(main ? 'Votre modèle, en clair' : 'Votre parcours pour commencer');
		expect(model.sections.map((s) => s.title).filter((title) => !optional.includes(plain(title)))).toEqual(titles);
		const positions = titles.map((title) => text.indexOf(plain(title)));
		expect(positions.every((at) => at >= 0)).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		expect(pageText(1)).toContain(diagnostic.answers['authority_name']);
	});

	it('names the main model on the summary page, or says the authority is starting out', () => {
		const summary = pageText(2);
		expect(summary).toContain('Synthèse');
		if (main) expect(summary).toMatch(new RegExp(`Modèle principal\\s+${modelDescriptions[main].name} \\(`));
		else expect(summary).toContain('ne mène pas encore d’action à l’international');
	});

	it('names each official link, links it, and prints no address', () => {
		const links = model.sections.flatMap((s) => allBlocks(s.blocks)).filter((b) => b.kind === 'link');
		expect(links.length).toBeGreaterThanOrEqual(3);
		const oneLine = text.replace(/\s+/g, ' ');
		for (const { label, url } of links) {
			expect(oneLine).toContain(plain(label));
			expect(raw).toContain(`/URI (${url})`);
		}
		expect(text).not.toMatch(/https?:\/\/|www\./);
	});

	it('elides before every name, never reads a range twice, and gives each option its reason', () => {
		const oneLine = text.replace(/\s+/g, ' ');
		expect(oneLine.match(new RegExp(`.{0,30}${noElision.source}.{0,30}`, 'giu')) ?? []).toEqual([]);
		expect(oneLine.match(/(\S[^—]{6,}?) — \1/g) ?? []).toEqual([]);
		const options = model.sections.find((s) => s.id === 'options')!;
		const groups = options.blocks.filter((b) => b.kind === 'group');
		expect(groups.length).toBeGreaterThan(0);
		// each option from its title to the next one's, past the synthesis that names them too
		let at = oneLine.indexOf(plain(options.title));
		for (const [i, group] of groups.entries()) {
			at = oneLine.indexOf(plain(group.title), at);
			const next = groups[i + 1];
			const body = oneLine.slice(at, next ? oneLine.indexOf(plain(next.title), at + 1) : undefined);
			expect(body, group.title).toMatch(/Pourquoi pour vous : • \S/);
		}
	});

	it('keeps the French characters it uses, no-break spaces included', () => {
		const used = FRENCH.filter((char) => modelTexts(model).some((t) => t.includes(char)));
		expect(used).toEqual(expect.arrayContaining(ALWAYS));
		const layer = runs.map((r) => r.text).join('\n');
		for (const char of used) {
			expect(layer, `U+${char.codePointAt(0)?.toString(16)}`).toContain(char);
			if (char.trim() !== '') expect(text).toContain(char);
		}
		// a title is one line, one run: it must come back character for character
		const headings = model.sections.flatMap((s) => [
			s.title,
			...allBlocks(s.blocks).flatMap((b) => (b.kind === 'heading' ? [b.text] : []))
		]);
		expect(headings.filter((h) => !runs.some((r) => r.text === h))).toEqual([]);
	});

	it('draws no word outside the margins', () => {
		expect(strayWords(pages)).toEqual([]);
	});

	it('never ends a page on a heading, or on a line announcing what follows (« Pourquoi pour vous : »)', () => {
		const intros = new Set(
			model.sections
				.flatMap((s) => allBlocks(s.blocks))
				.flatMap((b) => (b.kind === 'intro' ? [plain(b.text)] : []))
		);
		expect(intros.size).toBeGreaterThan(0);
		const stranded = lastBodyLines(pages).filter(
			(line) => line.height > HEADING_LINE_PT || intros.has(plain(line.text))
		);
		expect(stranded).toEqual([]);
	});

	it('draws the chart with only the main model in bold, and none on the starting path', () => {
		const bold = runs.find((r) => r.text === 'Synthèse')?.font;
		const regular = runs.find((r) => r.text.startsWith('La typologie, les profils-types'))?.font;
		const labels = modelIds.map((id) => modelDescriptions[id].name);
		// the chart comes before the list of acronyms, which names the models too
		const chartLabels = runs.filter((r) => labels.includes(r.text)).slice(0, main ? labels.length : undefined);
		if (!main) {
			expect(chartLabels).toEqual([]);
			return;
		}
		const mainName = modelDescriptions[main].name;
		expect(chartLabels.map((r) => r.text).sort()).toEqual([...labels].sort());
		expect(chartLabels.filter((r) => r.font === bold).map((r) => r.text)).toEqual([mainName]);
		expect(chartLabels.filter((r) => r.font !== regular).map((r) => r.text)).toEqual([mainName]);
	});
});
