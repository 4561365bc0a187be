// Results worth computing once per PDF document: blocks are measured alone, as what follows a
// heading and within their group before they are drawn, and each measure lays text or tables out.
import type { jsPDF } from 'jspdf';

export function documentCache<K, V>(): (doc: jsPDF, key: K, compute: () => V) => V {
	const byDocument = new WeakMap<jsPDF, Map<K, V>>();
	return (doc, key, compute) => {
		let cache = byDocument.get(doc);
		if (!cache) byDocument.set(doc, (cache = new Map()));
		if (!cache.has(key)) cache.set(key, compute());
		return cache.get(key)!;
	};
}
