// Lists in running French text: « HUMANIS, CIMOB et COSMIN ». One formatter for every list the
// meeting views write, so none reads « CIMOB et HUMANIS et COSMIN ». Built on first use: a first
// Intl object costs the page that creates it (see ui/format.ts).

let and: Intl.ListFormat | undefined;

/** « a », « a et b », « a, b et c » */
export function frenchList(items: readonly string[]): string {
	and ??= new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' });
	return and.format(items);
}
