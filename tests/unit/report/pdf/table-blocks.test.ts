// A table longer than a page, drawn into a PDF and read back with poppler: it continues under its
// header row on the next page, no row is cut in two, and every cell stays in its column.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../../src/lib/report/model';
import { reportModel } from '../../../fixtures/report-model';
import { jsPDF } from 'jspdf';
import { Flow } from '../../../../src/lib/report/pdf/flow';
import { registerFonts } from '../../../../src/lib/report/pdf/fonts';
import { loadFontAssets, makeReportPdfBytes } from '../../../../src/lib/report/pdf/node';
import { drawTable, leadTable, measureTable } from '../../../../src/lib/report/pdf/table-blocks';
import { CONTENT_WIDTH, MARGIN, PT_TO_MM, TABLE_LEADING } from '../../../../src/lib/report/pdf/theme';
import { strayWords } from './margins';
import { layout, type PageLayout } from './poppler';

const ROWS = 70;
const long = (n: number) =>
	`Début${n} : une réponse assez longue pour tenir sur plusieurs lignes dans la colonne du milieu, puis la suite et enfin Fin${n}.`;

const model: ReportModel = {
	...reportModel,
	meta: { ...reportModel.meta, title: 'Tableaux', fileName: 'tableaux.pdf' },
	sections: [
		{
			id: 'table',
			title: 'Un long tableau',
			blocks: [
				{
					kind: 'table',
					columns: ['Rang', 'Réponse', 'Source'],
					widths: [1, 4, 1.5],
					rows: Array.from({ length: ROWS }, (_, i) => [`R${i + 1}`, long(i + 1), `Étude ${i + 1}`])
				},
				{
					kind: 'facts',
					rows: [
						['Libellé', 'Valeur'],
						['Une question posée en plusieurs mots', 'Oui']
					]
				}
			]
		}
	]
};

let dir: string;
let pages: PageLayout[];
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'acter-tables-'));
	const path = join(dir, 'tableaux.pdf');
	await writeFile(path, await makeReportPdfBytes(model));
	pages = layout(path);
}, 30_000);
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

const pageOf = (word: string): number => pages.findIndex((page) => page.words.some((w) => w.text === word));
const wordOn = (page: PageLayout, text: string) => page.words.find((w) => w.text === text);

describe('a table longer than a page', () => {
	it('runs over several pages, its header row at the top of each', () => {
		const withRows = pages.filter((page) => page.words.some((w) => /^R\d+$/.test(w.text)));
		expect(withRows.length).toBeGreaterThanOrEqual(3);
		for (const page of withRows) {
			const header = wordOn(page, 'Rang')!;
			expect(header).toBeDefined();
			const firstRow = page.words
				.filter((w) => /^R\d+$/.test(w.text))
				.reduce((a, b) => (a.yMin < b.yMin ? a : b));
			expect(header.yMin).toBeLessThan(firstRow.yMin);
		}
	});

	it('keeps every row whole and every row in order', () => {
		const order: number[] = [];
		for (let n = 1; n <= ROWS; n++) {
			const page = pageOf(`R${n}`);
			expect([pageOf(`Début${n}`), pageOf(`Fin${n}.`)], `row ${n}`).toEqual([page, page]);
			order.push(page * 10_000 + wordOn(pages[page]!, `R${n}`)!.yMin);
		}
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('keeps each cell in its column and every word inside the margins', () => {
		const mm = (pt: number) => pt * PT_TO_MM;
		const total = 1 + 4 + 1.5;
		const answerColumn = [MARGIN.left + CONTENT_WIDTH / total, MARGIN.left + (CONTENT_WIDTH * 5) / total];
		for (const page of pages) {
			for (const word of page.words.filter((w) => /^(Début|Fin)\d+/.test(w.text))) {
				expect(mm(word.xMin)).toBeGreaterThan(answerColumn[0]!);
				expect(mm(word.xMax)).toBeLessThan(answerColumn[1]!);
			}
		}
		expect(strayWords(pages)).toEqual([]);
	});

	it('draws label and value of a fact on the same line', () => {
		const page = pages[pageOf('Libellé')]!;
		expect(Math.abs(wordOn(page, 'Libellé')!.yMin - wordOn(page, 'Valeur')!.yMin)).toBeLessThan(0.5);
	});
});

describe('a table measured before it is drawn (autotable’s __createTable)', () => {
	it('measures the height it is drawn at, and the header and first row within it', async () => {
		const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false, putOnlyUsedFonts: true });
		registerFonts(doc, await loadFontAssets());
		doc.setLineHeightFactor(TABLE_LEADING);
		const block = {
			kind: 'table',
			columns: ['Rang', 'Réponse'],
			widths: [1, 4],
			rows: [
				['R1', long(1)],
				['R2', 'Oui']
			]
		} as const;
		const flow = new Flow(doc);
		const height = measureTable(doc, block);
		drawTable(flow, block);
		expect(flow.y - MARGIN.top).toBeCloseTo(height, 3);
		expect(leadTable(doc, block)).toBeGreaterThan(0);
		expect(leadTable(doc, block)).toBeLessThan(height);
	});
});
