// `npm run bench`: measures the built app and prints one JSON object (stdout, and
// bench-results/latest.json). Progress goes to stderr. A benchmark, never a test: it fails only
// when it cannot measure, never because a budget is missed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { launchChromium } from './browser';
import { ensureBuild } from './build';
import { budgetSummary } from './figure';
import { measureFirstPage } from './first-page';
import { measureFonts, measurePdfChunks } from './lazy-chunks';
import { measureLighthouse } from './lighthouse';
import { loadAverage, machineInfo } from './machine';
import { resultsFile } from './paths';
import { measurePdfBrowser } from './pdf-browser';
import { measurePdfNode } from './pdf-node';
import { measurePlacement } from './placement';
import { measurePortfolio } from './portfolio';
import { measurePrecache } from './precache';
import { progress } from './progress';
import { measureCli, measureImport } from './scale';
import { startServer } from './server';

// The bench keeps to ports 4290–4299: the app's server, then Chromium's debugging port for Lighthouse.
const port = Number(process.env.BENCH_PORT ?? 4290);

ensureBuild(process.argv.includes('--build'));
const loadAtStart = loadAverage();

progress('sizes of the precache and of the lazy chunks…');
const precache = measurePrecache();
const lazy = { pdf: measurePdfChunks(), fonts: measureFonts() };

const server = await startServer(port);
let browserResults;
let lighthouse;
try {
	const browser = await launchChromium();
	try {
		progress('first page…');
		const firstPage = await measureFirstPage(browser, server.url);
		const pdfChromium = await measurePdfBrowser(browser, server.url);
		const importPortfolio = await measureImport(browser, server.url);
		const portfolio = await measurePortfolio(browser, server.url);
		browserResults = { chromiumVersion: browser.version(), firstPage, pdfChromium, importPortfolio, portfolio };
	} finally {
		await browser.close();
	}
	lighthouse = await measureLighthouse(server.url, port + 1);
} finally {
	server.stop();
}

// CPU-bound timings last, with no browser or server competing for the cores.
progress('placement engine…');
const placement = await measurePlacement();
const pdfNode = await measurePdfNode();
const cli = measureCli();

const figures = {
	firstPage: browserResults.firstPage,
	precache,
	lazy,
	lighthouse,
	pdf: { chromium: browserResults.pdfChromium, node: pdfNode },
	placement,
	scale: { import: browserResults.importPortfolio, cli },
	portfolio: browserResults.portfolio
};
const results = {
	generatedAt: new Date().toISOString(),
	machine: machineInfo(browserResults.chromiumVersion, loadAtStart),
	...figures,
	budgets: budgetSummary(figures)
};

const json = JSON.stringify(results, null, '\t');
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${json}\n`);
process.stdout.write(`${json}\n`);
for (const { figure, value, budget, met } of results.budgets) {
	const limit = 'max' in budget ? `≤ ${budget.max}` : `≥ ${budget.min}`;
	progress(`${met === null ? 'n/a ' : met ? 'met ' : 'MISS'}  ${figure} = ${value ?? '—'} (budget ${limit})`);
}
