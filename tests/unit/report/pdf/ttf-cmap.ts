// Reads the Unicode code points a TrueType font maps to a glyph (cmap formats 4 and 12), so the
// tests can check the subset fonts without a font library.

function table(font: DataView, tag: string): number {
	const count = font.getUint16(4);
	for (let i = 0; i < count; i++) {
		const record = 12 + i * 16;
		const name = String.fromCharCode(...[0, 1, 2, 3].map((k) => font.getUint8(record + k)));
		if (name === tag) return font.getUint32(record + 8);
	}
	throw new Error(`table ${tag} missing`);
}

function format4(font: DataView, at: number, out: Set<number>): void {
	const segments = font.getUint16(at + 6) / 2;
	const ends = at + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;
	for (let s = 0; s < segments; s++) {
		const end = font.getUint16(ends + s * 2);
		const start = font.getUint16(starts + s * 2);
		const delta = font.getUint16(deltas + s * 2);
		const rangeOffset = font.getUint16(rangeOffsets + s * 2);
		for (let c = start; c <= end && c !== 0xffff; c++) {
			let glyph: number;
			if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
			else {
				const raw = font.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
				glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
			}
			if (glyph !== 0) out.add(c);
		}
	}
}

function format12(font: DataView, at: number, out: Set<number>): void {
	const groups = font.getUint32(at + 12);
	for (let g = 0; g < groups; g++) {
		const group = at + 16 + g * 12;
		const first = font.getUint32(group);
		const last = font.getUint32(group + 4);
		const glyph = font.getUint32(group + 8);
		for (let c = first; c <= last; c++) if (glyph + (c - first) !== 0) out.add(c);
	}
}

/** code points with a glyph in the font's Windows Unicode subtables */
export function mappedCodePoints(bytes: Uint8Array): Set<number> {
	const font = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const cmap = table(font, 'cmap');
	const out = new Set<number>();
	const subtables = font.getUint16(cmap + 2);
	for (let i = 0; i < subtables; i++) {
		const record = cmap + 4 + i * 8;
		if (font.getUint16(record) !== 3) continue;
		const at = cmap + font.getUint32(record + 4);
		const format = font.getUint16(at);
		if (format === 4) format4(font, at, out);
		if (format === 12) format12(font, at, out);
	}
	return out;
}
