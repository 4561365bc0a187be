// French lists and percentages, through the platform's Intl (built on first use, not at import: a
// page's first Intl object initialises ICU, which must not lengthen the first page's boot task).

let conjunction: Intl.ListFormat | undefined;
let decimal: Intl.NumberFormat | undefined;

/** « a, b et c » */
export function listFr(items: readonly string[]): string {
	conjunction ??= new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' });
	return conjunction.format(items);
}

/**
 * 47.1 → « 47,1 % », with a no-break space before the sign. Written here rather than with the
 * « percent » style, whose space differs between ICU versions (U+00A0 in Node, U+202F in Chromium):
 * the same diagnostic must read the same in the app, the PDF and the command line.
 */
export function percentFr(value: number): string {
	decimal ??= new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
	return `${decimal.format(value)}\u00a0%`;
}
