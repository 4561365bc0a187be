// Issue 15: a commune or a small intercommunality gets a report its council reads in ten minutes,
// at most 8 pages without the optional annex. Checked on every example file, the edge cases included.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPageCount } from '../../../scripts/bench/pdf-contract';
import { readDiagnosticFile } from '../../../src/lib/model/diagnostic-file';
import { makeReportPdf } from '../../../src/lib/report/pdf/node';
import { REPORT_DAY } from './cases';

const root = new URL('../../../examples/', import.meta.url).pathname;
const files = ['', 'cas-limites/'].flatMap((dir) =>
	readdirSync(join(root, dir))
		.filter((name) => name.endsWith('.json'))
		.map((name) => join(dir, name))
);

/** communes and communities of communes of up to 50 000 inhabitants */
const small = (answers: Record<string, unknown>) =>
	['municipality', 'community_of_communes'].includes(String(answers['authority_type'])) &&
	['under_2k', '2k_5k', '5k_10k', '10k_50k'].includes(String(answers['population_band']));

const cases = files.flatMap((file) => {
	const read = readDiagnosticFile(readFileSync(join(root, file), 'utf8'));
	if (!read.ok) throw new Error(`${file}: ${read.errors.join(' ')}`);
	return read.diagnostics.filter((d) => small(d.answers)).map((diagnostic) => [file, diagnostic] as const);
});

describe('the report of a small authority', () => {
	it('is tried on the profile-types and the edge cases that are small authorities', () => {
		expect(cases.length).toBeGreaterThanOrEqual(8);
	});

	it.each(cases)('%s: at most 8 pages, more with the annex', async (_file, diagnostic) => {
		const pages = pdfPageCount(await makeReportPdf(diagnostic, REPORT_DAY));
		expect(pages).toBeLessThanOrEqual(8);
		expect(pdfPageCount(await makeReportPdf(diagnostic, REPORT_DAY, { annex: true }))).toBeGreaterThan(pages);
	});
});
