import { describe, expect, it, vi } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { pageWindow } from '../../../src/lib/state/paging';
import { PAGE_SIZE, Portfolio } from '../../../src/lib/state/portfolio.svelte';
import { sessionSelection } from '../../../src/lib/storage/selection';
import { engagedAnswers } from '../../fixtures/answers';

/** the diagnostics whose placement the portfolio asks for */
const placed = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/lib/engine/portfolio/results', async (importOriginal) => {
	const actual = await importOriginal<typeof import('../../../src/lib/engine/portfolio/results')>();
	return {
		...actual,
		placementOf: (...args: Parameters<typeof actual.placementOf>) => {
			placed.push(args[1].id);
			return actual.placementOf(...args);
		}
	};
});

/** Session storage as the browser keeps it for a tab: one Map shared by every reader. */
function tabStorage(): Storage {
	const items = new Map<string, string>();
	return {
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key),
		clear: () => items.clear(),
		key: (index) => [...items.keys()][index] ?? null,
		get length() {
			return items.size;
		}
	};
}

function diagnostic(id: string, day: number, region = 'bretagne'): Diagnostic {
	const date = new Date(Date.UTC(2026, 0, day));
	return {
		...createDiagnostic(questionnaire.version, 'profile', date, id),
		answers: { ...engagedAnswers, authority_name: `Commune ${id}`, region }
	};
}

async function portfolioOf(
	diagnostics: Diagnostic[],
	storage = tabStorage(),
	whenIdle = (task: () => void) => void task
) {
	const portfolio = new Portfolio(
		async () => [...diagnostics],
		sessionSelection(() => storage),
		whenIdle
	);
	await portfolio.refresh();
	return portfolio;
}

describe('the selection of the portfolio', () => {
	it('never splits an id: « x,y », « x » and « y » are three diagnostics, and choosing « x,y » gives only it', async () => {
		const storage = tabStorage();
		const first = await portfolioOf([diagnostic('x,y', 1), diagnostic('x', 2), diagnostic('y', 3)], storage);
		first.select(['x,y'], true);
		const again = await portfolioOf([diagnostic('x,y', 1), diagnostic('x', 2), diagnostic('y', 3)], storage);
		expect([...again.selected]).toEqual(['x,y']);
		expect(again.selection.map((d) => d.id)).toEqual(['x,y']);
	});

	it('outlives the page for the tab (a reload, « Revenir aux diagnostics »), and forgets diagnostics no longer there', async () => {
		const storage = tabStorage();
		const before = await portfolioOf([diagnostic('a', 1), diagnostic('b', 2), diagnostic('c', 3)], storage);
		before.select(['a', 'c'], true);
		const after = await portfolioOf([diagnostic('a', 1), diagnostic('b', 2)], storage);
		expect([...after.selected]).toEqual(['a']);
		expect(JSON.parse(storage.getItem('acter-reunion-selection')!)).toEqual(['a']);
	});

	it('keeps working when session storage refuses to be read or written', async () => {
		const broken = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			}
		} as unknown as Storage;
		const portfolio = await portfolioOf([diagnostic('a', 1)], broken);
		portfolio.select(['a'], true);
		expect(portfolio.selection.map((d) => d.id)).toEqual(['a']);
	});

	it('selects every diagnostic the filters let through, on every page, in the order shown', async () => {
		const many = Array.from({ length: 120 }, (_, i) =>
			diagnostic(`d${i}`, i + 1, i % 2 === 0 ? 'bretagne' : 'normandie')
		);
		const portfolio = await portfolioOf(many);
		portfolio.setFilter({ region: 'normandie' });
		portfolio.selectShown(true);
		expect(portfolio.selected.size).toBe(60);
		expect(portfolio.allShownSelected).toBe(true);
		expect(portfolio.selection[0]!.id).toBe('d119'); // most recently changed first
		portfolio.setFilter({});
		expect(portfolio.allShownSelected).toBe(false);
		expect(portfolio.selection).toHaveLength(60); // a filter drops no choice
		portfolio.clearSelection();
		expect(portfolio.selection).toEqual([]);
	});

	it('shows a page at a time and goes back to the first page when the filter or the order changes', async () => {
		const portfolio = await portfolioOf(Array.from({ length: 120 }, (_, i) => diagnostic(`d${i}`, i + 1)));
		expect(portfolio.pageRows).toHaveLength(PAGE_SIZE);
		portfolio.goToPage(3);
		expect(portfolio.paging).toMatchObject({ page: 3, pages: 3, start: 100, end: 120 });
		expect(portfolio.pageRows).toHaveLength(20);
		portfolio.goToPage(9);
		expect(portfolio.paging.page).toBe(3);
		portfolio.setOrder({ key: 'name', descending: false });
		expect(portfolio.paging.page).toBe(1);
	});
});

describe('placements worked out ahead', () => {
	it('are worked out in idle moments, a slice at a time, and no longer once the list is read again', async () => {
		const idle: (() => void)[] = [];
		const many = Array.from({ length: 40 }, (_, i) => diagnostic(`d${i}`, i + 1));
		placed.length = 0;
		const portfolio = await portfolioOf(many, tabStorage(), (task) => void idle.push(task));
		expect(placed).toEqual([]); // nothing before the browser is idle
		while (idle.length > 0) idle.shift()!();
		expect(new Set(placed)).toEqual(new Set(many.map((d) => d.id)));
		await portfolio.refresh();
		const stale = idle.shift()!;
		await portfolio.refresh();
		placed.length = 0;
		stale();
		expect(placed).toEqual([]);
		expect(idle).toHaveLength(1);
	});
});

describe('pages of a list', () => {
	it('moves a page past the end back within the list, and has one page when empty', () => {
		expect(pageWindow(0, 1, 20)).toEqual({ page: 1, pages: 1, start: 0, end: 0, total: 0 });
		expect(pageWindow(41, 3, 20)).toEqual({ page: 3, pages: 3, start: 40, end: 41, total: 41 });
		expect(pageWindow(41, 7, 20).page).toBe(3);
		expect(pageWindow(41, 0, 20).page).toBe(1);
	});
});
