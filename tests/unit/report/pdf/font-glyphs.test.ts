import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../../../src/lib/report/pdf/fonts';
import { PRINTABLE_RANGES, REPLACEMENT, printable } from '../../../../src/lib/report/printable';
import { FRENCH_SPECIAL_CHARACTERS } from '../../../fixtures/french-characters';
import { mappedCodePoints } from './ttf-cmap';

const fontDir = new URL('../../../../src/lib/report/pdf/fonts/', import.meta.url);

function range(first: number, last: number): number[] {
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const assigned = (codePoints: number[]): number[] => codePoints.filter((c) => !/\p{Cn}/u.test(String.fromCodePoint(c)));
const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
const codePoints = (text: string): number[] => [...text].map((c) => c.codePointAt(0) ?? 0);

/** what the report must draw as typed: French, every Latin letter (Vietnamese included), Greek, Cyrillic */
const NEEDED = [
	...range(0x20, 0x7e),
	...range(0xa0, 0x24f), // Latin-1, Latin Extended-A and B
	...assigned(range(0x386, 0x3ce)), // modern Greek
	...range(0x400, 0x4ff), // Cyrillic
	...range(0x1ea0, 0x1ef9), // Vietnamese letters of Latin Extended Additional
	...codePoints('ƠơƯưĂăĐđĨĩŨũ₫'), // Vietnamese letters of Latin-1 and Extended-A and B, the dong
	...FRENCH_SPECIAL_CHARACTERS.flatMap(codePoints),
	REPLACEMENT.codePointAt(0) ?? 0
];

const printableCodePoints = PRINTABLE_RANGES.flatMap(([first, last]) => range(first, last));

describe.each(Object.entries(FONT_FILES))('embedded font %s (%s)', (_style, file) => {
	const mapped = async (): Promise<Set<number>> =>
		mappedCodePoints(new Uint8Array(await readFile(new URL(file, fontDir))));

	it('has a glyph for every character a report must draw', async () => {
		const glyphs = await mapped();
		expect(NEEDED.filter((c) => !glyphs.has(c)).map(hex)).toEqual([]);
	});

	it('maps exactly the characters the report treats as printable, so none is silently left out', async () => {
		const glyphs = await mapped();
		expect(printableCodePoints.filter((c) => !glyphs.has(c)).map(hex)).toEqual([]);
		expect([...glyphs].filter((c) => printable(String.fromCodePoint(c)).replaced).map(hex)).toEqual([]);
	});

	it('is a subset, not the whole DejaVu family member', async () => {
		const bytes = await readFile(new URL(file, fontDir));
		expect(mappedCodePoints(new Uint8Array(bytes)).size).toBeLessThan(1_500);
		expect(bytes.byteLength).toBeLessThan(120_000);
	});
});

it('ships the font licence next to the fonts', async () => {
	const licence = await readFile(new URL('LICENSE-DejaVu.txt', fontDir), 'utf8');
	expect(licence).toContain('Bitstream Vera');
});
