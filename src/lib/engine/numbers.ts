// Numbers typed the French way (« 1,5 », « 20 000 ») become numbers; anything else stays text.

export function parseFrenchNumber(text: string): number | null {
	const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(compact)) return null;
	return Number(compact);
}

// Built on first use, not at import: a page's first Intl object initialises ICU (tens to hundreds
// of ms), which must not lengthen the first page's boot task (Lighthouse TBT, docs/bench.md).
let formatter: Intl.NumberFormat | undefined;

export function formatFrenchNumber(value: number): string {
	formatter ??= new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
	return formatter.format(value);
}
