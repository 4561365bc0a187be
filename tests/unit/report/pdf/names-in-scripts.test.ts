// Authority names in other scripts, drawn into real PDFs and read back by poppler (issue 16,
// item 11): Greek, Cyrillic and Vietnamese come out intact; Arabic, Chinese and emoji come out as
// visible replacement marks, with a note on the cover and in the annex, never as nothing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReportPdf } from '../../../../src/lib/report/pdf/node';
import { REPLACEMENT } from '../../../../src/lib/report/printable';
import { REPORT_DAY, startingDiagnostic } from '../cases';
import { run } from './poppler';

const INTACT = ['Ελληνικά', 'Кириллица', 'Nguyễn Văn Ánh'];
/** each name, and what the PDF shows in its place: one mark per character */
const REPLACED: readonly (readonly [string, string])[] = [
	['عربي', REPLACEMENT.repeat(4)],
	['中文', REPLACEMENT.repeat(2)],
	['😀', REPLACEMENT]
];
const COVER_NOTE = `Certains caractères de ce nom ne peuvent pas être imprimés dans ce document : ils sont remplacés par « ${REPLACEMENT} ».`;
const ANNEX_NOTE = `Certains caractères de vos réponses ne peuvent pas être imprimés dans ce document : ils sont remplacés par « ${REPLACEMENT} ».`;

interface Pdf {
	readonly cover: string;
	readonly all: string;
}

let dir: string;
const pdfs = new Map<string, Pdf>();

/** poppler's text with every run of spaces, no-break spaces and line breaks made one space */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'acter-names-'));
	for (const name of [...INTACT, ...REPLACED.map(([typed]) => typed)]) {
		const base = startingDiagnostic();
		const diagnostic = { ...base, title: '', answers: { ...base.answers, authority_name: name } };
		const path = join(dir, `${pdfs.size}.pdf`);
		// with the optional annex, where the answers are listed
		await writeFile(path, await makeReportPdf(diagnostic, REPORT_DAY, { annex: true }));
		const text = (...pages: string[]): string => flat(run('pdftotext', '-enc', 'UTF-8', ...pages, path, '-'));
		pdfs.set(name, { cover: text('-f', '1', '-l', '1'), all: text() });
	}
}, 60_000);

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe.each(INTACT)('a report for « %s »', (name) => {
	it('prints the name whole on the cover, in the footers and in the annex, with no note', () => {
		const { cover, all } = pdfs.get(name)!;
		expect(cover).toContain(name);
		// the cover, then the footer of each of the other pages, then the annex's answer
		expect(all.split(name).length - 1).toBeGreaterThan(3);
		expect(all).not.toContain('Certains caractères');
		expect(all).not.toContain(REPLACEMENT);
	});
});

describe.each(REPLACED)('a report for « %s »', (name, shown) => {
	it('shows a replacement mark for each character and says so under the name and in the annex', () => {
		const { cover, all } = pdfs.get(name)!;
		expect(cover).toContain(`${shown} ${COVER_NOTE}`);
		expect(all).toContain(ANNEX_NOTE);
		expect(all).toContain(`Nom de la collectivité ${shown}`);
		for (const character of name) expect(all).not.toContain(character);
	});
});
