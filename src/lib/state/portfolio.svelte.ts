// The adviser's portfolio: the diagnostics of this device as rows to filter, sort, page through and
// select. The meeting pages share one (their layout provides it), so the comparison and the overview
// use what the list has read and worked out; the selection is kept by an injected store for the
// tab's session (storage/selection.ts).
/* eslint-disable svelte/prefer-svelte-reactivity -- the sets and maps here live in $state.raw and are replaced
   whole, never changed in place: a SvelteSet would track thousands of ids one by one for nothing */
import { regions } from '../content/geography';
import { authorityTypes, populationBands } from '../content/options';
import { questionnaire } from '../content/questionnaire';
import { filterRows, sortRows, type PortfolioFilter, type SortLists, type SortOrder } from '../engine/portfolio/filter';
import { placementOf } from '../engine/portfolio/results';
import { portfolioRow } from '../engine/portfolio/rows';
import { diagnosticStatus } from '../engine/portfolio/status';
import type { Diagnostic } from '../model/diagnostic';
import type { SelectionStore } from '../storage/selection';
import { pageWindow } from './paging';

export const PAGE_SIZE = 50;
/** The longest stretch of work in one idle moment, in ms: short enough for a click to wait unnoticed. */
const SLICE_MS = 20;

/** Runs a task when the browser has nothing more pressing to do, saying how long that lasts if it knows. */
export type WhenIdle = (task: (deadline?: { timeRemaining(): number }) => void) => void;

export const sortLists: SortLists = {
	regions: regions.map((r) => ({ id: r.id, label: r.name })),
	authorityTypes,
	populationBands
};

export class Portfolio {
	/** null until read */
	diagnostics: readonly Diagnostic[] | null = $state.raw(null);
	/** the diagnostics could not be read */
	failed = $state(false);
	filter: PortfolioFilter = $state.raw({});
	order: SortOrder = $state.raw({ key: 'updated', descending: true });
	selected: ReadonlySet<string> = $state.raw(new Set());
	#page = $state(1);

	readonly byId = $derived(new Map((this.diagnostics ?? []).map((d) => [d.id, d])));
	readonly rows = $derived((this.diagnostics ?? []).map((d) => portfolioRow(questionnaire, d)));
	/** every row in the chosen order: filtering then keeps that order, with no new sort */
	readonly ordered = $derived(sortRows(this.rows, this.order, sortLists));
	readonly shown = $derived(filterRows(this.ordered, this.filter));
	readonly paging = $derived(pageWindow(this.shown.length, this.#page, PAGE_SIZE));
	readonly pageRows = $derived(this.shown.slice(this.paging.start, this.paging.end));
	readonly allShownSelected = $derived(this.shown.length > 0 && this.shown.every((row) => this.selected.has(row.id)));
	/** the selected diagnostics in the order shown, those a filter hides included (a filter drops no choice) */
	readonly selection = $derived(
		this.ordered.filter((row) => this.selected.has(row.id)).map((row) => this.byId.get(row.id)!)
	);

	#read: () => Promise<Diagnostic[]>;
	#store: SelectionStore;
	#whenIdle: WhenIdle;

	/** `whenIdle` lends the idle moments in which every placement is worked out ahead of the overview and the CSV. */
	constructor(read: () => Promise<Diagnostic[]>, store: SelectionStore, whenIdle: WhenIdle) {
		this.#read = read;
		this.#store = store;
		this.#whenIdle = whenIdle;
		this.selected = new Set(store.read());
	}

	/** Reads the diagnostics again; ids no longer on the device leave the selection. */
	async refresh(): Promise<void> {
		try {
			const diagnostics = await this.#read();
			this.diagnostics = diagnostics;
			this.failed = false;
			this.#prepare(diagnostics);
			const present = new Set(diagnostics.map((d) => d.id));
			if ([...this.selected].some((id) => !present.has(id)))
				this.#select([...this.selected].filter((id) => present.has(id)));
		} catch {
			this.failed = true;
			this.diagnostics ??= [];
		}
	}

	setFilter(filter: PortfolioFilter): void {
		this.filter = filter;
		this.#page = 1;
	}

	setOrder(order: SortOrder): void {
		this.order = order;
		this.#page = 1;
	}

	goToPage(page: number): void {
		this.#page = pageWindow(this.shown.length, page, PAGE_SIZE).page;
	}

	select(ids: readonly string[], on: boolean): void {
		const next = new Set(this.selected);
		for (const id of ids) {
			if (on) next.add(id);
			else next.delete(id);
		}
		this.#select([...next]);
	}

	/** Every diagnostic the filters let through, on every page. */
	selectShown(on: boolean): void {
		this.select(
			this.shown.map((row) => row.id),
			on
		);
	}

	clearSelection(): void {
		this.#select([]);
	}

	/**
	 * Works out each diagnostic's progress and placement a slice at a time while the adviser reads
	 * the list, so that a filter on progress, the overview and the CSV of thousands of diagnostics
	 * find them ready (the engine keeps them per record). Stops when the list is read again.
	 */
	#prepare(diagnostics: readonly Diagnostic[]): void {
		let next = 0;
		const slice = (deadline?: { timeRemaining(): number }) => {
			if (this.diagnostics !== diagnostics) return;
			const until = performance.now() + Math.min(SLICE_MS, deadline?.timeRemaining() ?? SLICE_MS);
			while (next < diagnostics.length && performance.now() < until) {
				const diagnostic = diagnostics[next++]!;
				diagnosticStatus(questionnaire, diagnostic);
				placementOf(questionnaire, diagnostic);
			}
			if (next < diagnostics.length) this.#whenIdle(slice);
		};
		this.#whenIdle(slice);
	}

	#select(ids: readonly string[]): void {
		this.selected = new Set(ids);
		this.#store.write(ids);
	}
}
