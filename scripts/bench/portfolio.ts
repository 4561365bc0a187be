// An adviser's portfolio at the scale of a region over years (issue 16, « Scale »): 5 000
// generated diagnostics in the app's database, then each portfolio action timed in headless
// Chromium, in the page, from the click (or the navigation) until what it shows is on screen.
// Median of three runs per action.
import type { Browser, Page } from '@playwright/test';
import { seedAll, type StoredDiagnostic } from '../../tests/e2e/support/seed';
import { freshContext } from './browser';
import { figure, type Budget, type Figure } from './figure';
import { generateDiagnostics } from './generate-diagnostics';
import { progress } from './progress';
import { median, round } from './stats';

const COUNT = 5000;
const SEED = 2026;
const RUNS = 3;
/** Issue 16: every portfolio action in at most one second. */
const BUDGET: Budget = { max: 1000 };

/** What the page shows once an action is done: elements matching `selector`, the first one's text matching `text`. */
interface Shown {
	readonly selector: string;
	readonly text?: string;
	readonly count?: number;
}

/** a click on an element, on the button with this text, or a choice in a list */
type Action =
	{ readonly click: string } | { readonly button: string } | { readonly choose: string; readonly value: string };

const LIST_ROW = '.portfolio-table tbody tr';
const SELECTION = '#selection-title';
const COUNT_TEXT = '.portfolio-count';
/** « 5 000 », whatever space groups the digits */
const all = `${Math.floor(COUNT / 1000)}\\s?${String(COUNT % 1000).padStart(3, '0')}`;

export interface PortfolioTiming {
	readonly diagnostics: number;
	readonly home: { readonly list: Figure };
	readonly meeting: Record<'list' | 'filter' | 'clearFilter' | 'toggle' | 'selectAll' | 'csv' | 'overview', Figure>;
}

/**
 * Runs in the page: does `action`, then resolves with the time until `shown` first holds, two
 * frames later so that it is painted; without an action, the time since navigation start. Plain
 * JavaScript in a string: tsx would wrap the inner functions of a TypeScript one in a helper the
 * page does not have.
 */
const TIME_IN_PAGE = `({ shown, action }) => new Promise((resolve) => {
	const holds = () => {
		const found = document.querySelectorAll(shown.selector);
		if (found.length < (shown.count ?? 1)) return false;
		return shown.text === undefined || new RegExp(shown.text).test(found[0]?.textContent ?? '');
	};
	const start = action ? performance.now() : 0;
	const check = () => {
		if (!holds()) return requestAnimationFrame(check);
		requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
	};
	if (action?.click) document.querySelector(action.click)?.click();
	if (action?.button) [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === action.button)?.click();
	if (action?.choose) {
		const select = document.querySelector(action.choose);
		select.value = action.value;
		select.dispatchEvent(new Event('change', { bubbles: true }));
	}
	check();
})`;

function timeInPage(page: Page, shown: Shown, action?: Action): Promise<number> {
	return page.evaluate(`(${TIME_IN_PAGE})(${JSON.stringify({ shown, action })})`);
}

/** Opens a page and times it from navigation start until `shown` holds. */
async function timeLoad(page: Page, path: string, shown: Shown): Promise<number> {
	await page.goto(path, { waitUntil: 'commit' });
	return timeInPage(page, shown);
}

async function textOf(page: Page, selector: string): Promise<string> {
	return (await page.locator(selector).first().textContent()) ?? '';
}

/** One pass over the meeting page's actions; the selection is emptied again at the end. */
async function meetingRun(page: Page, times: Record<keyof PortfolioTiming['meeting'], number[]>) {
	times.list.push(await timeLoad(page, './reunion', { selector: LIST_ROW }));
	const before = await textOf(page, COUNT_TEXT);
	const changed = `^(?!${before.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$)`;
	times.filter.push(
		await timeInPage(page, { selector: COUNT_TEXT, text: changed }, { choose: '#filter-region', value: 'bretagne' })
	);
	times.clearFilter.push(
		await timeInPage(page, { selector: COUNT_TEXT, text: `^\\s*${all}` }, { choose: '#filter-region', value: '' })
	);
	times.toggle.push(
		await timeInPage(
			page,
			{ selector: SELECTION, text: '\\b1 diagnostic\\b' },
			{ click: `${LIST_ROW} input[type="checkbox"]` }
		)
	);
	times.selectAll.push(await timeInPage(page, { selector: SELECTION, text: all }, { click: '#select-all' }));
	times.csv.push(
		await timeInPage(
			page,
			{ selector: '.selection-actions [role="status"]', text: 'CSV' },
			{ button: 'Exporter en CSV' }
		)
	);
	times.overview.push(await timeInPage(page, { selector: '.distribution', count: 5 }, { button: 'Vue d’ensemble' }));
	await page.goto('./reunion');
	await page.locator('#select-all').uncheck();
	await page.locator(SELECTION).filter({ hasText: 'aucun' }).waitFor();
}

export async function measurePortfolio(browser: Browser, appUrl: string): Promise<PortfolioTiming> {
	progress(`portfolio of ${COUNT} diagnostics…`);
	const context = await freshContext(browser, appUrl);
	try {
		const page = await context.newPage();
		await seedAll(page, generateDiagnostics(COUNT, SEED) as unknown as StoredDiagnostic[]);
		const home: number[] = [];
		for (let run = 0; run < RUNS; run++) home.push(await timeLoad(page, './', { selector: '.diagnostic-card' }));
		const meeting = { list: [], filter: [], clearFilter: [], toggle: [], selectAll: [], csv: [], overview: [] };
		for (let run = 0; run < RUNS; run++) await meetingRun(page, meeting);
		const ms = (values: number[]) => figure(round(median(values), 0), 'ms', BUDGET);
		return {
			diagnostics: COUNT,
			home: { list: ms(home) },
			meeting: Object.fromEntries(
				Object.entries(meeting).map(([key, values]) => [key, ms(values)])
			) as PortfolioTiming['meeting']
		};
	} finally {
		await context.close();
	}
}
