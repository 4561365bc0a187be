// A bar chart drawn as vectors with jsPDF from the layout the screen's SVG uses (report/bar-chart.ts),
// centred, scaled to the block's height, with its text alternative as a caption.
import type { jsPDF } from 'jspdf';
import type { ReportBlock } from '../model';
import { PAGE_CONTENT_HEIGHT, type Flow } from './flow';
import { COLOUR, CONTENT_WIDTH, FONT_FAMILY, MARGIN, PT_TO_MM, lineHeight } from './theme';
import { TYPE, drawLines, wrapText } from './text';

type ChartBlock = Extract<ReportBlock, { kind: 'chart' }>;

const CAPTION_GAP = 1.5;
/** room left on a page for the caption of the tallest chart */
const CAPTION_ROOM = 25;
/** from a row's vertical centre to the baseline that centres lower-case and capital letters on it */
const CENTRE_TO_BASELINE_EM = 0.35;

function chartHeight(block: ChartBlock): number {
	return Math.min(block.heightMm, PAGE_CONTENT_HEIGHT - CAPTION_ROOM);
}

function captionLines(doc: jsPDF, block: ChartBlock): readonly string[] {
	return wrapText(doc, TYPE.caption, block.alt, CONTENT_WIDTH);
}

export function measureChart(doc: jsPDF, block: ChartBlock): number {
	return chartHeight(block) + CAPTION_GAP + captionLines(doc, block).length * lineHeight(TYPE.caption.size);
}

export function drawChart(flow: Flow, block: ChartBlock): void {
	const { doc } = flow;
	const { chart } = block;
	flow.keep(measureChart(doc, block));
	const height = chartHeight(block);
	// the chart keeps its proportions at the requested height, within the text column
	const scale = Math.min(height / chart.height, CONTENT_WIDTH / chart.width);
	const left = MARGIN.left + (CONTENT_WIDTH - chart.width * scale) / 2;
	const top = flow.y;
	const x = (units: number) => left + units * scale;
	const y = (units: number) => top + units * scale;
	const fontSize = (chart.fontSize * scale) / PT_TO_MM;
	const baselineShift = chart.fontSize * scale * CENTRE_TO_BASELINE_EM;

	doc.setFillColor(...COLOUR.accent);
	for (const { bar } of chart.rows) {
		if (bar.width > 0) doc.rect(x(bar.x), y(bar.y), bar.width * scale, bar.height * scale, 'F');
	}
	doc.setFontSize(fontSize);
	doc.setTextColor(...COLOUR.text);
	for (const row of chart.rows) {
		doc.setFont(FONT_FAMILY, row.emphasis ? 'bold' : 'normal');
		const baseline = y(row.middle) + baselineShift;
		doc.text(row.label, x(row.labelRight), baseline, { align: 'right' });
		doc.text(row.value, x(row.valueLeft), baseline);
	}
	doc.setDrawColor(...COLOUR.axis);
	doc.setLineWidth(0.2);
	doc.line(x(chart.axis.x), y(chart.axis.top), x(chart.axis.x), y(chart.axis.bottom));

	flow.y = drawLines(doc, TYPE.caption, captionLines(doc, block), MARGIN.left, top + height + CAPTION_GAP);
}
