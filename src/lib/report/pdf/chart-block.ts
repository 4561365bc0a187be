// A chart drawn as vectors by svg2pdf, centred, with its text alternative as a caption.
import type { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js/dist/svg2pdf.es.min.js';
import type { ReportBlock } from '../model';
import { parseChartSvg, prepareChartSvg } from './chart-svg-prep';
import { PAGE_CONTENT_HEIGHT, type Flow } from './flow';
import { CONTENT_WIDTH, FONT_FAMILY, MARGIN, lineHeight } from './theme';
import { TYPE, drawLines, wrapText } from './text';

type ChartBlock = Extract<ReportBlock, { kind: 'chart' }>;

const CAPTION_GAP = 1.5;
/** room left on a page for the caption of the tallest chart */
const CAPTION_ROOM = 25;

function chartHeight(block: ChartBlock): number {
	return Math.min(block.heightMm, PAGE_CONTENT_HEIGHT - CAPTION_ROOM);
}

function captionLines(doc: jsPDF, block: ChartBlock): readonly string[] {
	return wrapText(doc, TYPE.caption, block.alt, CONTENT_WIDTH);
}

export function measureChart(doc: jsPDF, block: ChartBlock): number {
	return chartHeight(block) + CAPTION_GAP + captionLines(doc, block).length * lineHeight(TYPE.caption.size);
}

/** width that keeps the viewBox's proportions at the requested height, within the text column */
function chartWidth(svg: Element, heightMm: number): number {
	const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
	const [, , w, h] = box;
	if (box.length !== 4 || !w || !h) return CONTENT_WIDTH;
	return Math.min(CONTENT_WIDTH, (heightMm * w) / h);
}

export async function drawChart(flow: Flow, block: ChartBlock): Promise<void> {
	const doc = flow.doc;
	flow.keep(measureChart(doc, block));
	const svg = parseChartSvg(block.svg);
	prepareChartSvg(doc, svg);
	const height = chartHeight(block);
	const width = chartWidth(svg, height);
	const x = MARGIN.left + (CONTENT_WIDTH - width) / 2;
	// svg2pdf sets a font only where an element's weight or slant differs from its parent's, from
	// the regular face it assumes at the start: whatever face measuring left would draw those labels
	doc.setFont(FONT_FAMILY, 'normal');
	await svg2pdf(svg, doc, { x, y: flow.y, width, height, loadExternalStyleSheets: false, loadImages: false });
	flow.y = drawLines(doc, TYPE.caption, captionLines(doc, block), MARGIN.left, flow.y + height + CAPTION_GAP);
}
