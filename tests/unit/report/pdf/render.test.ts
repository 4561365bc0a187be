import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageCount } from '../../../../scripts/bench/pdf-contract';
import { makeReportPdfFile } from '../../../../src/lib/report/pdf/node';
import { FRENCH_SPECIAL_CHARACTERS } from '../../../fixtures/french-characters';
import type { ReportModel } from '../../../../src/lib/report/model';
import { reportModel } from '../../../fixtures/report-model';
import { HEADING_LINE_PT, lastBodyLines, strayWords } from './margins';
import { layout, outline, run, type PageLayout } from './poppler';
import { textRuns } from './pdf-text-layer';

let dir: string;
let pdfPath: string;
let text: string;
let textLayer: string;
let pages: PageLayout[];

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'acter-pdf-'));
	pdfPath = join(dir, reportModel.meta.fileName);
	await makeReportPdfFile(reportModel, pdfPath);
	text = run('pdftotext', '-layout', '-enc', 'UTF-8', pdfPath, '-');
	textLayer = textRuns(await readFile(pdfPath)).join('\n');
	pages = layout(pdfPath);
}, 60_000);

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('report PDF drawn in Node', () => {
	it('is A4 portrait with 8 to 12 pages and the document properties', async () => {
		const info = run('pdfinfo', '-isodates', pdfPath);
		const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
		expect(pageCount).toBeGreaterThanOrEqual(8);
		expect(pageCount).toBeLessThanOrEqual(12);
		// the bench counts pages without poppler: it must count the same
		expect(pdfPageCount(await readFile(pdfPath))).toBe(pageCount);
		expect(info).toMatch(/Page size:\s+595\.2\d x 841\.8\d pts \(A4\)/);
		expect(info).toContain(`Title:           ${reportModel.meta.title}`);
		expect(info).toContain(`Author:          ${reportModel.meta.author}`);
		expect(info).toContain(`Subject:         ${reportModel.meta.subject}`);
		expect(info).toContain(`Keywords:        ${reportModel.meta.keywords}`);
		expect(info).toContain('CreationDate:    2026-11-26T09:30:00');
	});

	it('declares French as its language', async () => {
		expect((await readFile(pdfPath)).toString('latin1')).toContain('/Lang (fr-FR)');
	});

	it('shows the cover, every section title and the authority name', () => {
		const cover = run('pdftotext', '-layout', '-enc', 'UTF-8', '-f', '1', '-l', '1', pdfPath, '-');
		expect(cover).toContain(reportModel.cover.authorityName);
		expect(cover).not.toMatch(/Page \d+ sur/);
		for (const section of reportModel.sections) expect(text).toContain(section.title);
	});

	it('numbers every page but the cover « Page N sur M »', () => {
		const total = pages.length;
		for (let n = 2; n <= total; n++) {
			const page = run('pdftotext', '-layout', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdfPath, '-');
			expect(page).toContain(`Page ${n} sur ${total}`);
			expect(page).toContain(reportModel.meta.title);
		}
	});

	it('prints each link as its name, never its address, and makes it clickable', async () => {
		const links = reportModel.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'link');
		const linksOnly: ReportModel = { ...reportModel, sections: [{ id: 'liens', title: 'Liens', blocks: links }] };
		const path = join(dir, 'links.pdf');
		await makeReportPdfFile(linksOnly, path);
		const printed = run('pdftotext', '-layout', '-enc', 'UTF-8', '-f', '2', path, '-');
		const raw = (await readFile(path)).toString('latin1');
		expect(links.length).toBeGreaterThanOrEqual(3);
		for (const link of links) {
			expect(printed.replace(/\s+/g, ' ')).toContain(link.label);
			expect(raw).toContain(`/URI (${link.url})`);
		}
		expect(printed).not.toMatch(/https?:|www\./);
	});

	it('has a bookmark per section, opening the page its title is on', () => {
		const marks = outline(pdfPath);
		expect(marks.map((m) => m.title)).toEqual(reportModel.sections.map((s) => s.title));
		for (const { title, page } of marks) {
			expect(
				run('pdftotext', '-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdfPath, '-')
			).toContain(title);
		}
	});

	it('keeps every French character, no-break spaces included', () => {
		for (const char of FRENCH_SPECIAL_CHARACTERS) {
			expect(textLayer, `U+${char.codePointAt(0)?.toString(16)}`).toContain(char);
			// pdftotext shows the visible ones; it prints no-break spaces as spaces
			if (char.trim() !== '') expect(text).toContain(char);
		}
		expect(textLayer).toContain('62\u202f/\u202f100');
		expect(textLayer).toContain('«\u00a0Coopération structurée\u00a0»');
		expect(textLayer).toContain('Lecture\u00a0: un écart positif');
		expect(textLayer).toContain('\u221212\u202f% par rapport à 2023');
	});

	it('embeds the DejaVu Sans fonts and no other', () => {
		const fonts = run('pdffonts', pdfPath).trim().split('\n').slice(2);
		expect(fonts).toHaveLength(3);
		for (const font of fonts) expect(font).toMatch(/^DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+\w+\s+yes/);
	});

	it('draws no word outside the margins, and none across the top or bottom of the text area', () => {
		expect(strayWords(pages)).toEqual([]);
	});

	it('never leaves a heading last on a page', () => {
		const orphans = lastBodyLines(pages).filter((line) => line.height > HEADING_LINE_PT);
		expect(orphans).toEqual([]);
	});
});
