// Running header (report title) and footer (authority, « Page N sur M ») on every page but the cover.
import type { jsPDF } from 'jspdf';
import type { ReportModel } from '../model';
import { COLOUR, CONTENT_WIDTH, FOOTER_BASELINE, HEADER_BASELINE, MARGIN } from './theme';
import { TYPE, setType } from './text';

const RIGHT = MARGIN.left + CONTENT_WIDTH;

/** `text` cut with an ellipsis to fit `width`: furniture stays on one line */
function fitLine(doc: jsPDF, text: string, width: number): string {
	if (doc.getTextWidth(text) <= width) return text;
	let cut = text;
	while (cut.length > 1 && doc.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}

export function drawFurniture(doc: jsPDF, model: ReportModel): void {
	const total = doc.getNumberOfPages();
	for (let page = 2; page <= total; page++) {
		doc.setPage(page);
		setType(doc, TYPE.furniture);
		doc.text(fitLine(doc, model.meta.title, CONTENT_WIDTH), MARGIN.left, HEADER_BASELINE);
		const pageLabel = `Page ${page} sur ${total}`;
		const labelWidth = doc.getTextWidth(pageLabel);
		doc.text(pageLabel, RIGHT, FOOTER_BASELINE, { align: 'right' });
		doc.text(fitLine(doc, model.cover.authorityName, CONTENT_WIDTH - labelWidth - 8), MARGIN.left, FOOTER_BASELINE);
		doc.setDrawColor(...COLOUR.rule);
		doc.setLineWidth(0.25);
		doc.line(MARGIN.left, HEADER_BASELINE + 2.5, RIGHT, HEADER_BASELINE + 2.5);
		doc.line(MARGIN.left, FOOTER_BASELINE - 4.5, RIGHT, FOOTER_BASELINE - 4.5);
	}
}
