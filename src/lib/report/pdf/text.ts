// Type settings and line wrapping on top of jsPDF, so every block measures text the way it draws it.
import type { jsPDF } from 'jspdf';
import { documentCache } from './document-cache';
import { COLOUR, FONT_FAMILY, LEADING, PT_TO_MM, SIZE, lineHeight, type Rgb } from './theme';

export type FontStyle = 'normal' | 'bold' | 'italic';

export interface TypeSpec {
	readonly size: number;
	readonly style: FontStyle;
	readonly colour: Rgb;
}

export function setType(doc: jsPDF, type: TypeSpec): void {
	doc.setFont(FONT_FAMILY, type.style);
	doc.setFontSize(type.size);
	doc.setTextColor(type.colour[0], type.colour[1], type.colour[2]);
}

const wrapped = documentCache<string, readonly string[]>();

/**
 * lines of `text` no wider than `width` mm; jsPDF breaks at spaces (not at no-break spaces) and cuts over-long words
 */
export function wrapText(doc: jsPDF, type: TypeSpec, text: string, width: number): readonly string[] {
	setType(doc, type);
	return wrapped(
		doc,
		`${type.style} ${type.size} ${width} ${text}`,
		() => doc.splitTextToSize(text, width) as string[]
	);
}

/** draws `lines` from the top `y` of the first line box; returns the y below the last line */
export function drawLines(doc: jsPDF, type: TypeSpec, lines: readonly string[], x: number, y: number): number {
	setType(doc, type);
	// one call for the whole run: jsPDF's per-call work (options, fonts, escaping) dominates short lines
	if (lines.length > 0) doc.text([...lines], x, baseline(type.size, y), { lineHeightFactor: LEADING });
	return y + lines.length * lineHeight(type.size);
}

/** baseline of a line whose box starts at `top`: the x-height sits in the middle of the box */
export function baseline(size: number, top: number): number {
	return top + lineHeight(size) / 2 + size * PT_TO_MM * 0.3;
}

export const TYPE = {
	body: { size: SIZE.body, style: 'normal', colour: COLOUR.text },
	muted: { size: SIZE.body, style: 'normal', colour: COLOUR.muted },
	strong: { size: SIZE.body, style: 'bold', colour: COLOUR.text },
	caption: { size: SIZE.small, style: 'italic', colour: COLOUR.muted },
	linkLabel: { size: SIZE.body, style: 'normal', colour: COLOUR.accent },
	heading1: { size: SIZE.heading1, style: 'bold', colour: COLOUR.accent },
	heading2: { size: SIZE.heading2, style: 'bold', colour: COLOUR.text },
	heading3: { size: SIZE.heading3, style: 'bold', colour: COLOUR.accent },
	furniture: { size: SIZE.furniture, style: 'normal', colour: COLOUR.muted }
} as const satisfies Record<string, TypeSpec>;
