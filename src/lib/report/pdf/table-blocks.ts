// Tables and label/value facts, drawn cell by cell in the embedded font: a row never splits across
// pages and a table's header row repeats at the top of each page it continues on. Written for our
// two kinds of table rather than with jspdf-autotable, whose general layout (styles merged cell by
// cell, several width passes) cost a cold report some 60 ms and a 30 KB library.
import type { jsPDF } from 'jspdf';
import type { ReportBlock } from '../model';
import { documentCache } from './document-cache';
import type { Flow } from './flow';
import { drawLines, wrapText, type TypeSpec } from './text';
import { COLOUR, CONTENT_WIDTH, MARGIN, SIZE, TABLE_LEADING, lineHeight, type Rgb } from './theme';

type TableBlock = Extract<ReportBlock, { kind: 'table' }>;
type FactsBlock = Extract<ReportBlock, { kind: 'facts' }>;

const FACT_LABEL_SHARE = 0.38;
const PADDING = { x: 2, y: 1.2 } as const;
const RULE_WIDTH = 0.2;

const CELL_TYPE = {
	body: { size: SIZE.table, style: 'normal', colour: COLOUR.text },
	label: { size: SIZE.table, style: 'bold', colour: COLOUR.text },
	head: { size: SIZE.table, style: 'bold', colour: COLOUR.white }
} as const satisfies Record<string, TypeSpec>;

interface CellStyle {
	readonly type: TypeSpec;
	readonly fill?: Rgb;
}

interface Cell extends CellStyle {
	readonly lines: readonly string[];
}

interface Row {
	readonly cells: readonly Cell[];
	readonly height: number;
	/** cell borders: the header's are the colour of its fill */
	readonly rule: Rgb;
}

interface TableLayout {
	readonly widths: readonly number[];
	readonly head?: Row;
	readonly body: readonly Row[];
}

function row(doc: jsPDF, widths: readonly number[], texts: readonly string[], style: (column: number) => CellStyle, rule: Rgb = COLOUR.rule): Row {
	const cells = texts.map((text, column): Cell => {
		const { type, fill } = style(column);
		return { lines: wrapText(doc, type, text, widths[column]! - 2 * PADDING.x), type, fill };
	});
	const lines = Math.max(1, ...cells.map((cell) => cell.lines.length));
	return { cells, rule, height: 2 * PADDING.y + lines * lineHeight(SIZE.table, TABLE_LEADING) };
}

function tableLayout(doc: jsPDF, block: TableBlock): TableLayout {
	const weights = block.widths ?? block.columns.map(() => 1);
	const total = weights.reduce((sum, w) => sum + w, 0);
	const widths = weights.map((w) => (CONTENT_WIDTH * w) / total);
	return {
		widths,
		head: row(doc, widths, block.columns, () => ({ type: CELL_TYPE.head, fill: COLOUR.accent }), COLOUR.accent),
		// every other row tinted, from the first
		body: block.rows.map((cells, i) => row(doc, widths, cells, () => ({ type: CELL_TYPE.body, fill: i % 2 === 0 ? COLOUR.stripe : undefined })))
	};
}

function factsLayout(doc: jsPDF, block: FactsBlock): TableLayout {
	const widths = [CONTENT_WIDTH * FACT_LABEL_SHARE, CONTENT_WIDTH * (1 - FACT_LABEL_SHARE)];
	const labelOrValue = (column: number): CellStyle => (column === 0 ? { type: CELL_TYPE.label, fill: COLOUR.accentLight } : { type: CELL_TYPE.body });
	return { widths, body: block.rows.map((cells) => row(doc, widths, cells, labelOrValue)) };
}

/** a table's layout does not depend on where it starts: worked out once per document */
const laidOut = documentCache<TableBlock | FactsBlock, TableLayout>();

function layout(doc: jsPDF, block: TableBlock | FactsBlock): TableLayout {
	return laidOut(doc, block, () => (block.kind === 'table' ? tableLayout(doc, block) : factsLayout(doc, block)));
}

export function measureTable(doc: jsPDF, block: TableBlock | FactsBlock): number {
	const { head, body } = layout(doc, block);
	return (head?.height ?? 0) + body.reduce((sum, r) => sum + r.height, 0);
}

/** header and first row: what a heading above the table must not be parted from */
export function leadTable(doc: jsPDF, block: TableBlock | FactsBlock): number {
	const { head, body } = layout(doc, block);
	return (head?.height ?? 0) + (body[0]?.height ?? 0);
}

function drawRow(doc: jsPDF, widths: readonly number[], { cells, height, rule }: Row, top: number): void {
	doc.setLineWidth(RULE_WIDTH);
	doc.setDrawColor(...rule);
	let x = MARGIN.left;
	cells.forEach((cell, column) => {
		const width = widths[column]!;
		if (cell.fill) doc.setFillColor(...cell.fill);
		doc.rect(x, top, width, height, cell.fill ? 'FD' : 'S');
		drawLines(doc, cell.type, cell.lines, x + PADDING.x, top + PADDING.y, TABLE_LEADING);
		x += width;
	});
}

export function drawTable(flow: Flow, block: TableBlock | FactsBlock): void {
	const { widths, head, body } = layout(flow.doc, block);
	flow.keep(leadTable(flow.doc, block));
	const drawHead = (): void => {
		if (!head) return;
		drawRow(flow.doc, widths, head, flow.y);
		flow.y += head.height;
	};
	drawHead();
	let rowsOnPage = 0; // the first row's place was checked with the header; a row taller than a page stays
	for (const r of body) {
		if (rowsOnPage > 0 && !flow.fits(r.height)) {
			flow.newPage();
			drawHead();
			rowsOnPage = 0;
		}
		drawRow(flow.doc, widths, r, flow.y);
		flow.y += r.height;
		rowsOnPage += 1;
	}
}
