// Dates and counts as shown to French readers.

// Built on first use, not at import: a page's first Intl object initialises ICU (tens to hundreds
// of ms), which must not lengthen the first page's boot task (Lighthouse TBT, docs/bench.md).
let dateTime: Intl.DateTimeFormat | undefined;
let dateOnly: Intl.DateTimeFormat | undefined;
let shortDateTime: Intl.DateTimeFormat | undefined;
let count: Intl.NumberFormat | undefined;

export function formatDateTime(iso: string): string {
	dateTime ??= new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
	return dateTime.format(new Date(iso));
}

/** « 27 déc. 2027, 05:13 », for a table's narrow column */
export function formatShortDateTime(iso: string): string {
	shortDateTime ??= new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
	return shortDateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
	dateOnly ??= new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });
	return dateOnly.format(new Date(iso));
}

/** 5000 → « 5 000 », grouped the French way (with a narrow no-break space). */
export function formatCount(n: number): string {
	count ??= new Intl.NumberFormat('fr-FR');
	return count.format(n);
}
