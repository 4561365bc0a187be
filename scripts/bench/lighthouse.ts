// Lighthouse 12.2.3 (the last release running on Node 20), mobile profile (its default), with
// Debian's Chromium and the project's flags. Run through its CLI: one process per run, so no
// run inherits another's memory or JIT state.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromiumArgs } from '../chromium.js';
import { chromiumPath } from './browser';
import { figure, type Budget, type Figure } from './figure';
import { root } from './paths';
import { progress } from './progress';
import { median, round } from './stats';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const SCORE_BUDGETS: Record<(typeof CATEGORIES)[number], Budget> = {
	performance: { min: 95 },
	accessibility: { min: 100 },
	'best-practices': { min: 100 }
};
const METRICS = {
	fcp: { audit: 'first-contentful-paint', unit: 'ms' },
	lcp: { audit: 'largest-contentful-paint', unit: 'ms', budget: { max: 1500 } },
	tbt: { audit: 'total-blocking-time', unit: 'ms' },
	cls: { audit: 'cumulative-layout-shift', unit: 'unitless' }
} as const satisfies Record<string, { audit: string; unit: string; budget?: Budget }>;

interface Audit {
	readonly score: number | null;
	readonly scoreDisplayMode: string;
	readonly numericValue?: number;
	readonly title: string;
	readonly errorMessage?: string;
}
interface Report {
	readonly lighthouseVersion: string;
	readonly runtimeError?: { code: string; message: string };
	readonly environment: { readonly benchmarkIndex: number };
	readonly categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	readonly audits: Record<string, Audit>;
}

export interface LighthouseResult {
	readonly version: string;
	readonly runs: number;
	/** Lighthouse's own CPU benchmark of this machine: its simulated throttling scales from it */
	readonly benchmarkIndex: number;
	readonly scores: Record<(typeof CATEGORIES)[number], Figure>;
	readonly metrics: Record<keyof typeof METRICS, Figure>;
	/** each run's performance score and metrics, to see how far the runs spread around the median */
	readonly perRun: readonly Record<string, number>[];
	/** audits that cost points in accessibility or best practices, in any run: the cause of a miss */
	readonly failedAudits: readonly { category: string; id: string; title: string }[];
	/** audits Lighthouse could not compute on this Chromium, in any run: figures it could not check */
	readonly erroredAudits: readonly { id: string; message: string }[];
}

const exec = promisify(execFile);

async function runOnce(url: string, debuggingPort: number): Promise<Report> {
	const { stdout } = await exec(
		process.execPath,
		[
			`${root}node_modules/lighthouse/cli/index.js`,
			url,
			`--chrome-path=${chromiumPath()}`,
			`--chrome-flags=${['--headless=new', ...chromiumArgs].join(' ')}`,
			// chrome-launcher picks a random debugging port otherwise; the bench keeps to its own range.
			`--port=${debuggingPort}`,
			`--only-categories=${CATEGORIES.join(',')}`,
			'--output=json',
			'--output-path=stdout',
			'--quiet'
		],
		{ maxBuffer: 256 * 1024 * 1024 }
	);
	const report = JSON.parse(stdout) as Report;
	if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
	return report;
}

function erroredAudits(report: Report): { id: string; message: string }[] {
	return Object.entries(report.audits)
		.filter(([, audit]) => audit.scoreDisplayMode === 'error')
		.map(([id, audit]) => ({ id, message: audit.errorMessage ?? '' }));
}

/** The same finding from several runs, once. */
function unique<T extends { id: string }>(items: readonly T[], key: (item: T) => string = (item) => item.id): T[] {
	return [...new Map(items.map((item) => [key(item), item])).values()];
}

function failedAudits(report: Report, category: string): { category: string; id: string; title: string }[] {
	return report.categories[category]!.auditRefs.filter(
		(ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1
	).map((ref) => ({ category, id: ref.id, title: report.audits[ref.id]!.title }));
}

export async function measureLighthouse(url: string, debuggingPort: number): Promise<LighthouseResult> {
	const reports: Report[] = [];
	for (let run = 1; run <= RUNS; run++) {
		progress(`Lighthouse run ${run}/${RUNS}…`);
		reports.push(await runOnce(url, debuggingPort));
	}
	const medianOf = (read: (report: Report) => number) => median(reports.map(read));
	const scores = Object.fromEntries(
		CATEGORIES.map((category) => [
			category,
			figure(
				round(
					medianOf((r) => (r.categories[category]!.score ?? 0) * 100),
					0
				),
				'score /100',
				SCORE_BUDGETS[category]
			)
		])
	) as LighthouseResult['scores'];
	const metrics = Object.fromEntries(
		Object.entries(METRICS).map(([name, metric]) => [
			name,
			figure(
				round(
					medianOf((r) => r.audits[metric.audit]!.numericValue ?? NaN),
					metric.unit === 'ms' ? 0 : 3
				),
				metric.unit,
				'budget' in metric ? metric.budget : undefined
			)
		])
	) as LighthouseResult['metrics'];
	const perRun = reports.map((r) => ({
		performance: round((r.categories.performance!.score ?? 0) * 100, 0),
		...Object.fromEntries(
			Object.entries(METRICS).map(([name, metric]) => [
				name,
				round(r.audits[metric.audit]!.numericValue ?? NaN, 3)
			])
		),
		benchmarkIndex: round(r.environment.benchmarkIndex, 0)
	}));
	const failed = reports.flatMap((r) => [...failedAudits(r, 'accessibility'), ...failedAudits(r, 'best-practices')]);
	return {
		version: reports[0]!.lighthouseVersion,
		runs: RUNS,
		benchmarkIndex: round(
			medianOf((r) => r.environment.benchmarkIndex),
			0
		),
		scores,
		metrics,
		perRun,
		failedAudits: unique(failed, (f) => `${f.category}/${f.id}`),
		erroredAudits: unique(reports.flatMap(erroredAudits))
	};
}
