// Numbers typed the French way (« 1,5 », « 20 000 ») become numbers; anything else stays text.
// (Writing them back is engine/french.ts's numberFr.)

export function parseFrenchNumber(text: string): number | null {
	const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(compact)) return null;
	return Number(compact);
}
