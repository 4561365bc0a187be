// Page geometry (mm), type sizes (pt) and colours shared by every part of the PDF.

export const PAGE = { width: 210, height: 297 } as const;

/** body text never leaves this box; the running header and footer sit in the top and bottom margins */
export const MARGIN = { top: 24, right: 20, bottom: 22, left: 20 } as const;

export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const CONTENT_BOTTOM = PAGE.height - MARGIN.bottom;

/** baselines of the running header and footer, inside the margins */
export const HEADER_BASELINE = 14;
export const FOOTER_BASELINE = PAGE.height - 11;

export const FONT_FAMILY = 'DejaVuSans';

export const SIZE = {
	body: 9.5,
	small: 8,
	table: 8,
	heading1: 15,
	heading2: 11.5,
	heading3: 10,
	furniture: 7.5
} as const;

/** line height as a multiple of the font size */
export const LEADING = 1.35;
/** tighter leading inside table cells */
export const TABLE_LEADING = 1.2;

export type Rgb = readonly [number, number, number];

export const COLOUR = {
	accent: [0x1d, 0x4e, 0x89],
	accentLight: [0xe8, 0xee, 0xf6],
	text: [0x1f, 0x23, 0x28],
	muted: [0x5b, 0x63, 0x6e],
	rule: [0xc9, 0xd1, 0xdb],
	/** the chart's axis, as on screen */
	axis: [0x76, 0x76, 0x76],
	stripe: [0xf4, 0xf6, 0xf9],
	white: [0xff, 0xff, 0xff]
} as const satisfies Record<string, Rgb>;

/** vertical space (mm) after blocks and before headings */
export const SPACE = {
	afterBlock: 3.2,
	beforeHeading1: 4,
	afterHeading1: 4,
	beforeHeading2: 3,
	afterHeading2: 2,
	afterHeading3: 1.5,
	bulletIndent: 5
} as const;

export const PT_TO_MM = 25.4 / 72;

/** height (mm) of one line of text at `sizePt` */
export function lineHeight(sizePt: number): number {
	return sizePt * PT_TO_MM * LEADING;
}
