// Tables and label/value facts, laid out by jspdf-autotable in the embedded font: rows never split
// across pages and the header row repeats on each page. A table is measured before it is drawn (to
// keep it with its heading) with autotable's experimental __createTable, which lays it out without
// drawing; tests/unit/report/pdf/table-blocks.test.ts fails if that stops giving its drawn height.
import type { jsPDF } from 'jspdf';
import { __createTable, autoTable, type Table, type UserOptions } from 'jspdf-autotable';
import type { ReportBlock } from '../model';
import { documentCache } from './document-cache';
import type { Flow } from './flow';
import { COLOUR, CONTENT_WIDTH, FONT_FAMILY, MARGIN, SIZE } from './theme';

type TableBlock = Extract<ReportBlock, { kind: 'table' }>;
type FactsBlock = Extract<ReportBlock, { kind: 'facts' }>;

const FACT_LABEL_SHARE = 0.38;

function baseOptions(): UserOptions {
	return {
		margin: { top: MARGIN.top, right: MARGIN.right, bottom: MARGIN.bottom, left: MARGIN.left },
		tableWidth: CONTENT_WIDTH,
		theme: 'grid',
		rowPageBreak: 'avoid',
		showHead: 'everyPage',
		styles: {
			font: FONT_FAMILY,
			fontStyle: 'normal',
			fontSize: SIZE.table,
			textColor: [...COLOUR.text],
			lineColor: [...COLOUR.rule],
			lineWidth: 0.2,
			cellPadding: { top: 1.2, right: 2, bottom: 1.2, left: 2 },
			overflow: 'linebreak',
			valign: 'top'
		}
	};
}

function tableOptions(block: TableBlock): UserOptions {
	const weights = block.widths ?? block.columns.map(() => 1);
	const total = weights.reduce((sum, w) => sum + w, 0);
	return {
		...baseOptions(),
		head: [[...block.columns]],
		body: block.rows.map((row) => [...row]),
		headStyles: {
			fillColor: [...COLOUR.accent],
			textColor: [...COLOUR.white],
			fontStyle: 'bold',
			lineColor: [...COLOUR.accent]
		},
		alternateRowStyles: { fillColor: [...COLOUR.stripe] },
		columnStyles: Object.fromEntries(weights.map((w, i) => [i, { cellWidth: (CONTENT_WIDTH * w) / total }]))
	};
}

function factsOptions(block: FactsBlock): UserOptions {
	return {
		...baseOptions(),
		body: block.rows.map(([label, value]) => [label, value]),
		columnStyles: {
			0: { cellWidth: CONTENT_WIDTH * FACT_LABEL_SHARE, fontStyle: 'bold', fillColor: [...COLOUR.accentLight] },
			1: { cellWidth: CONTENT_WIDTH * (1 - FACT_LABEL_SHARE) }
		}
	};
}

function optionsFor(block: TableBlock | FactsBlock): UserOptions {
	return block.kind === 'table' ? tableOptions(block) : factsOptions(block);
}

interface TableHeights {
	/** header row (0 without one) and first row: what a heading above must not be parted from */
	readonly lead: number;
	readonly total: number;
}

/** heights do not depend on where a table starts: it is laid out once per document to measure it */
const measured = documentCache<TableBlock | FactsBlock, TableHeights>();

function heights(doc: jsPDF, block: TableBlock | FactsBlock): TableHeights {
	return measured(doc, block, () => {
		// autotable computes row heights when it builds the table, before drawing anything
		const table = __createTable(doc, { ...optionsFor(block), startY: MARGIN.top });
		const head = table.getHeadHeight(table.columns);
		return {
			lead: head + (table.body[0]?.height ?? 0),
			total: head + table.body.reduce((sum, row) => sum + row.height, 0)
		};
	});
}

export function measureTable(doc: jsPDF, block: TableBlock | FactsBlock): number {
	return heights(doc, block).total;
}

/** header and first row: what a heading above the table must not be parted from */
export function leadTable(doc: jsPDF, block: TableBlock | FactsBlock): number {
	return heights(doc, block).lead;
}

export function drawTable(flow: Flow, block: TableBlock | FactsBlock): void {
	flow.keep(leadTable(flow.doc, block));
	autoTable(flow.doc, { ...optionsFor(block), startY: flow.y });
	flow.y = (flow.doc as jsPDF & { lastAutoTable: Table }).lastAutoTable.finalY ?? flow.y;
}
