// What the PDF's embedded fonts can draw, and names and answers made to fit it. jsPDF silently
// leaves out a character its font has no glyph for: a name in Arabic, Chinese or emoji would vanish
// from the cover. Such characters are replaced by a visible mark instead, and the report says so.

/** The characters scripts/subset-fonts.sh keeps in the three DejaVu subsets, as code point ranges;
 * tests/unit/report/pdf/font-glyphs.test.ts checks the fonts map exactly these. */
export const PRINTABLE_RANGES: readonly (readonly [number, number])[] = [
	[0x20, 0x7e], // Basic Latin
	[0xa0, 0x24f], // Latin-1, Latin Extended-A and B
	[0x250, 0x2af], // IPA Extensions: the small ɛ, ɔ, ɲ… of African Latin alphabets, whose capitals are in B
	[0x2b9, 0x2bc], // ʹ (the Greek numeral sign, once composed) ʺ ʻ ʼ (the Ukrainian apostrophe)
	[0x2c6, 0x2c7],
	[0x2d8, 0x2dd], // spacing accents
	// Greek and Coptic, without its unassigned code points
	[0x370, 0x377],
	[0x37a, 0x37f],
	[0x384, 0x38a],
	[0x38c, 0x38c],
	[0x38e, 0x3a1],
	[0x3a3, 0x3ff],
	[0x400, 0x4ff], // Cyrillic
	[0x1e00, 0x1efb], // Latin Extended Additional (Vietnamese); DejaVu lacks the last four, Middle Welsh
	[0x2007, 0x200a], // figure to hair space
	[0x2010, 0x2014], // hyphens and dashes
	[0x2018, 0x201e], // quotes
	[0x2020, 0x2022], // daggers, bullet
	[0x2026, 0x2026], // …
	[0x202f, 0x202f], // narrow no-break space
	[0x2030, 0x2030], // ‰
	[0x2039, 0x203a], // ‹ ›
	[0x20ab, 0x20ac], // ₫ €
	[0x2122, 0x2122], // ™
	[0x2190, 0x2193], // arrows
	[0x2212, 0x2212], // minus
	[0x2248, 0x2248], // ≈
	[0x2264, 0x2265], // ≤ ≥
	[0xfffd, 0xfffd] // the replacement mark itself
];

/** drawn in place of each character the fonts lack */
export const REPLACEMENT = '\ufffd';

const classes = PRINTABLE_RANGES.map(([first, last]) => `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`).join(
	''
);
const UNPRINTABLE = new RegExp(`[^${classes}]`, 'u');
/** invisible format characters (zero-width space, joiners, direction marks, soft hyphen…): nothing to print */
const FORMAT = /\p{Cf}/gu;
const LINE_BREAKS = /[\t\n\r]+/g;
const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

export interface PrintableText {
	readonly text: string;
	/** true when a character was replaced by REPLACEMENT: the report then says so */
	readonly replaced: boolean;
}

/** `text` as the PDF can draw it: composed (NFC), one REPLACEMENT per character the fonts lack (an
 * emoji with its modifiers counts as one), invisible format characters left out, tabs and line
 * breaks as spaces. */
export function printable(text: string): PrintableText {
	const composed = text.normalize('NFC').replace(LINE_BREAKS, ' ');
	const visible = composed.replace(FORMAT, '');
	if (!UNPRINTABLE.test(visible)) return { text: visible, replaced: false };
	const drawn = Array.from(graphemes.segment(composed), ({ segment }) => {
		const shown = segment.replace(FORMAT, '');
		return UNPRINTABLE.test(shown) ? REPLACEMENT : shown;
	});
	return { text: drawn.join(''), replaced: true };
}

/** « Certains caractères de ce nom ne peuvent pas être imprimés… », said where they were replaced */
export function replacementNote(ofWhat: string): string {
	return `Certains caractères ${ofWhat} ne peuvent pas être imprimés dans ce document\u00a0: ils sont remplacés par «\u00a0${REPLACEMENT}\u00a0».`;
}
