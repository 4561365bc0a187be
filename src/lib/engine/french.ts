// Lists, numbers and dates as French readers expect them, through the platform's Intl, in one place
// for the app, the PDF, the CSV and the command line. Dates are Paris time everywhere: the same
// diagnostic gives the same dates on any device and in any file.
// Each formatter is built on first use, not at import: a page's first Intl object initialises ICU
// (tens to hundreds of ms), which must not lengthen the first page's boot task (docs/bench.md).

const PARIS = 'Europe/Paris';

function lazy<T>(make: () => T): () => T {
	let made: T | undefined;
	return () => (made ??= make());
}

const conjunction = lazy(() => new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' }));
const decimal = lazy(() => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }));
const hundredths = lazy(() => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }));
const grouped = lazy(() => new Intl.NumberFormat('fr-FR'));
const dates = {
	long: lazy(() => new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, dateStyle: 'long' })),
	longWithTime: lazy(
		() => new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, dateStyle: 'long', timeStyle: 'short' })
	),
	shortWithTime: lazy(
		() => new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, dateStyle: 'medium', timeStyle: 'short' })
	),
	spreadsheet: lazy(
		() =>
			new Intl.DateTimeFormat('fr-FR', {
				timeZone: PARIS,
				day: '2-digit',
				month: '2-digit',
				year: 'numeric',
				hour: '2-digit',
				minute: '2-digit'
			})
	),
	year: lazy(() => new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, year: 'numeric' }))
};

/** « a, b et c » */
export function listFr(items: readonly string[]): string {
	return conjunction().format(items);
}

/**
 * 47.1 → « 47,1 % », with a no-break space before the sign. Written here rather than with the
 * « percent » style, whose space differs between ICU versions (U+00A0 in Node, U+202F in Chromium):
 * the same diagnostic must read the same in the app, the PDF and the command line.
 */
export function percentFr(value: number): string {
	return `${decimal().format(value)}\u00a0%`;
}

/** 5000 → « 5 000 », grouped the French way (with a narrow no-break space). */
export function countFr(n: number): string {
	return grouped().format(n);
}

/** 1.5 → « 1,5 », 20000 → « 20 000 »: an answer typed as a number, written back as typed */
export function numberFr(value: number): string {
	return hundredths().format(value);
}

/** « 3 décembre 2026 » */
export function dateFr(iso: string): string {
	return dates.long().format(new Date(iso));
}

/** « 3 décembre 2026 à 21:00 » */
export function dateTimeFr(iso: string): string {
	return dates.longWithTime().format(new Date(iso));
}

/** « 3 déc. 2026, 21:00 », for a table's narrow column */
export function shortDateTimeFr(iso: string): string {
	return dates.shortWithTime().format(new Date(iso));
}

/** « 03/12/2026 21:00 »: the form French spreadsheets read as a date and time. */
export function spreadsheetDateTime(iso: string): string {
	return dates.spreadsheet().format(new Date(iso));
}

/** « 2026 » */
export function yearOf(iso: string): string {
	return dates.year().format(new Date(iso));
}
