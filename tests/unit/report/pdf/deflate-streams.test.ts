import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { deflateStreams } from '../../../../src/lib/report/pdf/deflate-streams';
import { makeReportPdfBytes } from '../../../../src/lib/report/pdf/node';
import { reportModel } from '../../../fixtures/report-model';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

interface PdfObject {
	readonly number: number;
	readonly text: string;
	readonly stream?: Buffer;
}

/** every object through the cross-reference table, as a reader finds them */
function objectsByXref(pdf: string): PdfObject[] {
	const start = Number(/startxref\n(\d+)\n%%EOF$/.exec(pdf)?.[1]);
	expect(pdf.slice(start, start + 5)).toBe('xref\n');
	const count = Number(/^xref\n0 (\d+)\n/.exec(pdf.slice(start))?.[1]);
	const first = pdf.indexOf('\n', start + 5) + 1;
	const objects: PdfObject[] = [];
	for (let number = 1; number < count; number++) {
		const line = pdf.slice(first + number * 20, first + (number + 1) * 20);
		if (line[17] !== 'n') continue;
		const offset = Number(line.slice(0, 10));
		expect(pdf.startsWith(`${number} 0 obj\n`, offset)).toBe(true);
		const end = pdf.indexOf('endobj', offset);
		const text = pdf.slice(offset, end);
		const length = /\/Length (\d+)\n/.exec(text)?.[1];
		const dataStart = text.indexOf('>>\nstream\n') + '>>\nstream\n'.length;
		if (length === undefined || dataStart < 10) {
			objects.push({ number, text });
			continue;
		}
		const data = Buffer.from(text.slice(dataStart, dataStart + Number(length)), 'latin1');
		expect(text.slice(dataStart + Number(length))).toMatch(/^\nendstream\n/);
		objects.push({ number, text, stream: text.includes('/Filter /FlateDecode') ? inflateSync(data) : data });
	}
	return objects;
}

function smallDocument(): string {
	const doc = new jsPDF({ compress: false });
	doc.text('Première page, « guillemets » et œ', 20, 20);
	doc.addPage();
	doc.rect(20, 20, 50, 10, 'F');
	doc.text('Seconde page', 20, 40);
	return doc.output();
}

describe('deflating the streams of a PDF', () => {
	it('keeps every object and every stream, byte for byte once inflated, at the offsets the table gives', async () => {
		const original = smallDocument();
		const deflated = latin1(await deflateStreams(original));
		const before = objectsByXref(original);
		const after = objectsByXref(deflated);
		expect(after.map((o) => o.number)).toEqual(before.map((o) => o.number));
		after.forEach((object, i) => {
			expect(object.stream?.equals(before[i]!.stream!) ?? before[i]!.stream === undefined).toBe(true);
			if (!object.stream) expect(object.text).toBe(before[i]!.text);
		});
		expect(after.filter((o) => o.stream).every((o) => o.text.includes('/Filter /FlateDecode'))).toBe(true);
		expect(deflated.length).toBeLessThan(original.length);
	});

	it('makes a report poppler reads without a single complaint', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'acter-deflate-'));
		try {
			const path = join(dir, 'rapport.pdf');
			const bytes = await makeReportPdfBytes(reportModel);
			await writeFile(path, bytes);
			const objects = objectsByXref(latin1(bytes));
			expect(objects.filter((o) => o.stream).length).toBeGreaterThan(10);
			for (const tool of ['pdfinfo', 'pdftotext']) {
				const result = spawnSync(tool, [path, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
				expect(result.status).toBe(0);
				expect(result.stderr).toBe('');
			}
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
