// French lists and percentages, through the platform's Intl (built on first use, not at import: a
// page's first Intl object initialises ICU, which must not lengthen the first page's boot task).

let conjunction: Intl.ListFormat | undefined;
let percentFormat: Intl.NumberFormat | undefined;

/** « a, b et c » */
export function listFr(items: readonly string[]): string {
	conjunction ??= new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' });
	return conjunction.format(items);
}

/** 47.1 → « 47,1 % » (the narrow no-break space French puts before the sign). */
export function percentFr(value: number): string {
	percentFormat ??= new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
	return percentFormat.format(value / 100);
}
