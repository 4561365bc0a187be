// Headings, paragraphs, bullet lists and links: wrapped text that breaks between lines, never
// across the page edge, with at least two lines of a paragraph on each side of a page turn.
import type { jsPDF } from 'jspdf';
import type { ReportBlock } from '../model';
import type { Flow } from './flow';
import { COLOUR, CONTENT_WIDTH, MARGIN, SPACE, lineHeight } from './theme';
import { TYPE, baseline, drawLines, setType, wrapText, type TypeSpec } from './text';

type ParagraphBlock = Extract<ReportBlock, { kind: 'paragraph' }>;
type BulletsBlock = Extract<ReportBlock, { kind: 'bullets' }>;
type LinkBlock = Extract<ReportBlock, { kind: 'link' }>;

/** fewest lines of a paragraph left alone at the foot or head of a page */
const MIN_LINES = 2;
const BULLET = '•';
const BULLET_WIDTH = CONTENT_WIDTH - SPACE.bulletIndent;

function toneType(block: ParagraphBlock): TypeSpec {
	return block.tone === 'muted' ? TYPE.muted : block.tone === 'strong' ? TYPE.strong : TYPE.body;
}

/** draws `lines` at `x`, turning pages between lines; `onFirstLine` decorates the first line where it lands */
function drawLineRun(
	flow: Flow,
	type: TypeSpec,
	lines: readonly string[],
	x: number,
	onFirstLine?: (top: number) => void
): void {
	const step = lineHeight(type.size);
	let done = 0;
	while (done < lines.length) {
		const left = lines.length - done;
		const room = Math.floor((flow.remaining + 0.01) / step);
		let take = Math.min(left, room);
		if (take < left) {
			if (left - take < MIN_LINES) take = left - MIN_LINES;
			if (take < MIN_LINES && !flow.atPageTop) take = 0;
		}
		if (take <= 0) {
			flow.newPage();
			continue;
		}
		if (done === 0) onFirstLine?.(flow.y);
		flow.y = drawLines(flow.doc, type, lines.slice(done, done + take), x, flow.y);
		done += take;
		if (done < lines.length) flow.newPage();
	}
}

export function paragraphLines(doc: jsPDF, block: ParagraphBlock): readonly string[] {
	return wrapText(doc, toneType(block), block.text, CONTENT_WIDTH);
}

export function measureParagraph(doc: jsPDF, block: ParagraphBlock): number {
	return paragraphLines(doc, block).length * lineHeight(toneType(block).size);
}

export function leadParagraph(doc: jsPDF, block: ParagraphBlock): number {
	return Math.min(paragraphLines(doc, block).length, MIN_LINES) * lineHeight(toneType(block).size);
}

export function drawParagraph(flow: Flow, block: ParagraphBlock): void {
	drawLineRun(flow, toneType(block), paragraphLines(flow.doc, block), MARGIN.left);
}

function itemLines(doc: jsPDF, block: BulletsBlock): (readonly string[])[] {
	return block.items.map((item) => wrapText(doc, TYPE.body, item, BULLET_WIDTH));
}

const ITEM_GAP = 1;

export function measureBullets(doc: jsPDF, block: BulletsBlock): number {
	const lines = itemLines(doc, block).reduce((sum, item) => sum + item.length, 0);
	return lines * lineHeight(TYPE.body.size) + ITEM_GAP * Math.max(0, block.items.length - 1);
}

export function leadBullets(doc: jsPDF, block: BulletsBlock): number {
	const first = itemLines(doc, block)[0]?.length ?? 0;
	return Math.min(first, MIN_LINES) * lineHeight(TYPE.body.size);
}

export function drawBullets(flow: Flow, block: BulletsBlock): void {
	const doc = flow.doc;
	itemLines(doc, block).forEach((lines, i) => {
		if (i > 0) flow.space(ITEM_GAP);
		drawLineRun(flow, TYPE.body, lines, MARGIN.left + SPACE.bulletIndent, (top) => {
			setType(doc, { ...TYPE.body, colour: COLOUR.accent });
			doc.text(BULLET, MARGIN.left + 1, baseline(TYPE.body.size, top));
		});
	});
}

function linkLines(doc: jsPDF, block: LinkBlock): readonly string[] {
	return wrapText(doc, TYPE.linkLabel, block.label, CONTENT_WIDTH);
}

export function measureLink(doc: jsPDF, block: LinkBlock): number {
	return linkLines(doc, block).length * lineHeight(TYPE.linkLabel.size);
}

/** the name, never the address, printed; every line of it is clickable */
export function drawLink(flow: Flow, block: LinkBlock): void {
	const doc = flow.doc;
	const lines = linkLines(doc, block);
	flow.keep(measureLink(doc, block));
	const top = flow.y;
	flow.y = drawLines(doc, TYPE.linkLabel, lines, MARGIN.left, top);
	const h = lineHeight(TYPE.linkLabel.size);
	lines.forEach((line, i) => doc.link(MARGIN.left, top + i * h, doc.getTextWidth(line), h, { url: block.url }));
}

export type HeadingLevel = 1 | 2 | 3;

const HEADING = {
	1: { type: TYPE.heading1, before: SPACE.beforeHeading1, after: SPACE.afterHeading1 },
	2: { type: TYPE.heading2, before: SPACE.beforeHeading2, after: SPACE.afterHeading2 },
	3: { type: TYPE.heading3, before: SPACE.beforeHeading2, after: SPACE.afterHeading3 }
} as const;

function headingLines(doc: jsPDF, level: HeadingLevel, text: string): readonly string[] {
	return wrapText(doc, HEADING[level].type, text, CONTENT_WIDTH - (level === 3 ? 4 : 0));
}

/** height of the heading itself, without the space above it */
export function measureHeading(doc: jsPDF, level: HeadingLevel, text: string): number {
	const { type, after } = HEADING[level];
	return headingLines(doc, level, text).length * lineHeight(type.size) + after + (level === 3 ? 1.5 : 0);
}

/** draws a heading where it fits together with `keepWith` mm of what follows it */
export function drawHeading(flow: Flow, level: HeadingLevel, text: string, keepWith: number): void {
	const doc = flow.doc;
	const { type, before, after } = HEADING[level];
	flow.space(before);
	flow.keep(measureHeading(doc, level, text) + keepWith);
	const lines = headingLines(doc, level, text);
	const top = flow.y;
	if (level === 3) {
		// a group title sits in a tinted band with an accent edge
		const band = lines.length * lineHeight(type.size) + 1.5;
		doc.setFillColor(...COLOUR.accentLight);
		doc.rect(MARGIN.left, top, CONTENT_WIDTH, band, 'F');
		doc.setFillColor(...COLOUR.accent);
		doc.rect(MARGIN.left, top, 1, band, 'F');
		drawLines(doc, type, lines, MARGIN.left + 4, top + 0.75);
		flow.y = top + band + after;
		return;
	}
	flow.y = drawLines(doc, type, lines, MARGIN.left, top);
	if (level === 1) {
		doc.setDrawColor(...COLOUR.accent);
		doc.setLineWidth(0.4);
		doc.line(MARGIN.left, flow.y + 0.8, MARGIN.left + CONTENT_WIDTH, flow.y + 0.8);
	}
	flow.y += after;
}
