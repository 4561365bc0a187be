// Makes the PDF in Node (the CLI, the tests): fonts read from disk.
import { readFile, writeFile } from 'node:fs/promises';
import type { Diagnostic } from '../../model/diagnostic';
import { reportFor } from '../diagnostic-report';
import type { ReportModel, ReportOptions } from '../model';
import { FONT_FILES, type FontAssets } from './fonts';
import { renderReportPdf } from './render';

async function readFont(file: string): Promise<Uint8Array> {
	return new Uint8Array(await readFile(new URL(`./fonts/${file}`, import.meta.url)));
}

export async function loadFontAssets(): Promise<FontAssets> {
	const [regular, bold, italic] = await Promise.all([
		readFont(FONT_FILES.regular),
		readFont(FONT_FILES.bold),
		readFont(FONT_FILES.italic)
	]);
	return { regular, bold, italic };
}

export async function makeReportPdfBytes(model: ReportModel): Promise<Uint8Array<ArrayBuffer>> {
	return renderReportPdf(model, await loadFontAssets());
}

export async function makeReportPdfFile(model: ReportModel, outPath: string): Promise<void> {
	await writeFile(outPath, await makeReportPdfBytes(model));
}

/** The whole report of a diagnostic, from its answers to the PDF's bytes. */
export async function makeReportPdf(
	diagnostic: Diagnostic,
	now: Date = new Date(),
	options: ReportOptions = {}
): Promise<Uint8Array<ArrayBuffer>> {
	return makeReportPdfBytes(reportFor(diagnostic, now, options).model);
}
