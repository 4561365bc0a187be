// Time to make each example's full PDF report in headless Chromium, cold: every run is a fresh
// context (empty cache) on the built app, and the clock includes fetching the renderer's chunks
// and font, as for a user's first report. Median of five runs per profile.
import { existsSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import type { Diagnostic } from '../../src/lib/model/diagnostic';
import { freshContext } from './browser';
import { loadExamples } from './examples';
import type { Budget } from './figure';
import { NOT_LAZY } from './lazy-chunks';
import { root } from './paths';
import { MAKE_PDF, PDF_BROWSER, PDF_RUNS, pdfTiming, pdfUnavailable, type PdfTiming } from './pdf-contract';
import { progress } from './progress';
import { median } from './stats';
import { readViteManifest } from './vite-manifest';

/** Issue 8: a report in at most 500 ms, cold, in headless Chromium. */
const BUDGET: Budget = { max: 500 };

async function coldRun(browser: Browser, appUrl: string, chunkUrl: string, diagnostic: Diagnostic) {
	const context = await freshContext(browser);
	try {
		const page = await context.newPage();
		await page.goto(appUrl, { waitUntil: 'networkidle' });
		// Runs in the page: the chunk's exports are kept by name, as for the app's own dynamic import.
		return await page.evaluate(
			async ({ chunkUrl, exportName, diagnostic }) => {
				const start = performance.now();
				const module = (await import(chunkUrl)) as Record<string, (d: unknown) => Promise<Uint8Array | ArrayBuffer | Blob>>;
				const pdf = await module[exportName]!(diagnostic);
				const ms = performance.now() - start;
				return { ms, bytes: pdf instanceof Blob ? pdf.size : pdf.byteLength };
			},
			{ chunkUrl, exportName: MAKE_PDF, diagnostic }
		);
	} finally {
		await context.close();
	}
}

export async function measurePdfBrowser(browser: Browser, appUrl: string): Promise<PdfTiming> {
	if (!existsSync(`${root}${PDF_BROWSER}`)) {
		return pdfUnavailable(`${PDF_BROWSER} is absent: the PDF renderer is not in this tree yet`, BUDGET);
	}
	const chunk = readViteManifest()[PDF_BROWSER];
	if (!chunk?.isDynamicEntry) return pdfUnavailable(NOT_LAZY, BUDGET);
	const examples = loadExamples();
	if (examples.length === 0) return pdfUnavailable('no examples/*.json: no diagnostic to report on', BUDGET);

	const chunkUrl = new URL(chunk.file, appUrl).href;
	const medians: Record<string, number> = {};
	const sizes: Record<string, number> = {};
	for (const { label, diagnostic } of examples) {
		progress(`PDF in Chromium: ${label}`);
		const times: number[] = [];
		for (let run = 0; run < PDF_RUNS; run++) {
			const { ms, bytes } = await coldRun(browser, appUrl, chunkUrl, diagnostic);
			times.push(ms);
			sizes[label] = bytes;
		}
		medians[label] = median(times);
	}
	return pdfTiming(medians, sizes, BUDGET);
}
