// An adviser's portfolio of a whole region over years (issue 16, « Scale »): 5 000 generated
// diagnostics imported in the app (Chromium, one file, from the choice of the file to the summary
// in the page) and read by the CLI with --jsonl (wall time, bytes written). Medians of three runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { writeDiagnosticFile } from '../../src/lib/model/diagnostic-file';
import { freshContext } from './browser';
import { figure, type Budget, type Figure } from './figure';
import { generateDiagnostics } from './generate-diagnostics';
import { root } from './paths';
import { progress } from './progress';
import { median, round } from './stats';

export const PORTFOLIO_SIZE = 5000;
const RUNS = 3;
const IMPORT_BUDGET: Budget = { max: 3000 };
const CLI_BUDGET: Budget = { max: 10_000 };

let file: string | undefined;

/** The generated portfolio as one export file (written once per bench). */
function portfolioFile(): string {
	if (file) return file;
	file = join(mkdtempSync(join(tmpdir(), 'acter-bench-')), `portefeuille-${PORTFOLIO_SIZE}.json`);
	writeFileSync(file, writeDiagnosticFile(generateDiagnostics(PORTFOLIO_SIZE, 16)));
	return file;
}

async function importOnce(browser: Browser, appUrl: string, path: string): Promise<number> {
	const context = await freshContext(browser, appUrl);
	try {
		const page = await context.newPage();
		await page.goto('./', { waitUntil: 'networkidle' });
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const input = page.getByLabel('Importer des diagnostics depuis un fichier exporté (.json)');
		const status = page.locator('.import-done');
		const started = Date.now();
		await input.setInputFiles(path);
		await status
			.filter({ hasText: `${PORTFOLIO_SIZE.toLocaleString('fr-FR')}\u00a0diagnostics importés` })
			.waitFor({ timeout: 120_000 });
		return Date.now() - started;
	} finally {
		await context.close();
	}
}

export async function measureImport(browser: Browser, appUrl: string): Promise<{ diagnostics: number; ms: Figure }> {
	const path = portfolioFile();
	const runs: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		progress(`import of ${PORTFOLIO_SIZE} diagnostics in Chromium, run ${run + 1}/${RUNS}…`);
		runs.push(await importOnce(browser, appUrl, path));
	}
	return { diagnostics: PORTFOLIO_SIZE, ms: figure(round(median(runs), 0), 'ms', IMPORT_BUDGET) };
}

export function measureCli(): { diagnostics: number; ms: Figure; output: Figure } {
	const path = portfolioFile();
	const runs: { ms: number; bytes: number }[] = [];
	for (let run = 0; run < RUNS; run++) {
		progress(`CLI on ${PORTFOLIO_SIZE} diagnostics (--jsonl), run ${run + 1}/${RUNS}…`);
		const started = performance.now();
		const result = spawnSync('npx', ['tsx', 'cli/diagnose.ts', '--jsonl', path], {
			cwd: root,
			maxBuffer: 1024 ** 3
		});
		if (result.status !== 0)
			throw new Error(`the CLI failed on the generated portfolio: ${result.stderr.toString().slice(0, 500)}`);
		runs.push({ ms: performance.now() - started, bytes: result.stdout.length });
	}
	return {
		diagnostics: PORTFOLIO_SIZE,
		ms: figure(round(median(runs.map((r) => r.ms)), 0), 'ms', CLI_BUDGET),
		output: figure(round(runs[0]!.bytes / 1024 / 1024, 1), 'MB')
	};
}
