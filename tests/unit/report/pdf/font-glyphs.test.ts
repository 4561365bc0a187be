import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../../../src/lib/report/pdf/fonts';
import { FRENCH_SPECIAL_CHARACTERS } from '../../../fixtures/french-characters';
import { mappedCodePoints } from './ttf-cmap';

const fontDir = new URL('../../../../src/lib/report/pdf/fonts/', import.meta.url);

function range(first: number, last: number): number[] {
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** what the app may print: printable ASCII, Latin-1, Latin Extended-A and the special characters */
const NEEDED = [
	...range(0x20, 0x7e),
	...range(0xa0, 0x17f),
	...FRENCH_SPECIAL_CHARACTERS.map((c) => c.codePointAt(0) ?? 0)
];

describe.each(Object.entries(FONT_FILES))('embedded font %s (%s)', (_style, file) => {
	it('has a glyph for every character French reports need', async () => {
		const mapped = mappedCodePoints(new Uint8Array(await readFile(new URL(file, fontDir))));
		const missing = NEEDED.filter((c) => !mapped.has(c)).map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
		expect(missing).toEqual([]);
	});

	it('is a subset, not the whole DejaVu family member', async () => {
		const bytes = await readFile(new URL(file, fontDir));
		expect(mappedCodePoints(new Uint8Array(bytes)).size).toBeLessThan(400);
		expect(bytes.byteLength).toBeLessThan(60_000);
	});
});

it('ships the font licence next to the fonts', async () => {
	const licence = await readFile(new URL('LICENSE-DejaVu.txt', fontDir), 'utf8');
	expect(licence).toContain('Bitstream Vera');
});
