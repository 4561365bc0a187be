// Filtering and sorting the portfolio. Empty criteria let everything through.
import type { Option } from '../../content/types';
import type { PortfolioRow, ProgressState } from './rows';

export interface PortfolioFilter {
	readonly region?: string;
	readonly authorityType?: string;
	readonly populationBand?: string;
	readonly progressState?: ProgressState;
}

export type SortKey = 'updated' | 'name' | 'region' | 'type' | 'size' | 'progress';

export interface SortOrder {
	readonly key: SortKey;
	readonly descending: boolean;
}

/** Option lists give the natural order of types and sizes (smallest first), and the labels of regions. */
export interface SortLists {
	readonly regions: readonly Option[];
	readonly authorityTypes: readonly Option[];
	readonly populationBands: readonly Option[];
}

export function filterRows(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
	return rows.filter(
		(row) =>
			(!filter.region || row.region === filter.region) &&
			(!filter.authorityType || row.authorityType === filter.authorityType) &&
			(!filter.populationBand || row.populationBand === filter.populationBand) &&
			(!filter.progressState || row.progressState === filter.progressState)
	);
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Rank in an option list; unanswered sorts last. */
function rankIn(options: readonly Option[], id: string | null): number {
	const index = options.findIndex((o) => o.id === id);
	return index < 0 ? options.length : index;
}

function labelIn(options: readonly Option[], id: string | null): string {
	return options.find((o) => o.id === id)?.label ?? '\uffff';
}

function compare(a: PortfolioRow, b: PortfolioRow, key: SortKey, lists: SortLists): number {
	switch (key) {
		case 'updated':
			// ISO dates in UTC compare as plain strings, without the cost of a locale's collation
			return a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0;
		case 'name':
			return collator.compare(a.name, b.name);
		case 'region':
			return collator.compare(labelIn(lists.regions, a.region), labelIn(lists.regions, b.region));
		case 'type':
			return rankIn(lists.authorityTypes, a.authorityType) - rankIn(lists.authorityTypes, b.authorityType);
		case 'size':
			return rankIn(lists.populationBands, a.populationBand) - rankIn(lists.populationBands, b.populationBand);
		case 'progress':
			return a.percent - b.percent;
	}
}

/** A stable sort; ties fall back to the name so the order never looks random. */
export function sortRows(rows: readonly PortfolioRow[], order: SortOrder, lists: SortLists): PortfolioRow[] {
	const sign = order.descending ? -1 : 1;
	return [...rows].sort((a, b) => sign * compare(a, b, order.key, lists) || collator.compare(a.name, b.name));
}
