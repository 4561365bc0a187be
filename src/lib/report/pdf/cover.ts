// The cover page: product label, title, the authority's name and the report's particulars.
import type { jsPDF } from 'jspdf';
import type { ReportModel } from '../model';
import { COLOUR, CONTENT_WIDTH, MARGIN, PAGE, lineHeight } from './theme';
import { drawLines, wrapText, type TypeSpec } from './text';

const BAND_HEIGHT = 62;

const COVER_TYPE = {
	label: { size: 9, style: 'bold', colour: COLOUR.white },
	labelSub: { size: 9, style: 'normal', colour: COLOUR.accentLight },
	title: { size: 24, style: 'bold', colour: COLOUR.accent },
	authority: { size: 16, style: 'normal', colour: COLOUR.text },
	line: { size: 10.5, style: 'normal', colour: COLOUR.muted },
	note: { size: 8, style: 'normal', colour: COLOUR.muted }
} as const satisfies Record<string, TypeSpec>;

function block(doc: jsPDF, type: TypeSpec, text: string, y: number): number {
	return drawLines(doc, type, wrapText(doc, type, text, CONTENT_WIDTH), MARGIN.left, y);
}

export function drawCover(doc: jsPDF, model: ReportModel): void {
	// a full-bleed accent band is decoration: it carries text only inside the margins
	doc.setFillColor(...COLOUR.accent);
	doc.rect(0, 0, PAGE.width, BAND_HEIGHT, 'F');
	let y = block(doc, COVER_TYPE.label, 'AUTODIAGNOSTIC ACTER', MARGIN.top + 8);
	block(doc, COVER_TYPE.labelSub, 'Action extérieure des collectivités territoriales', y + 0.5);

	y = block(doc, COVER_TYPE.title, model.cover.title, BAND_HEIGHT + 38);
	doc.setFillColor(...COLOUR.accent);
	doc.rect(MARGIN.left, y + 5, 24, 1.2, 'F');
	y = block(doc, COVER_TYPE.authority, model.cover.authorityName, y + 12);
	if (model.cover.nameNote) y = block(doc, COVER_TYPE.note, model.cover.nameNote, y + 1);
	y += 6;
	for (const line of model.cover.lines) y = block(doc, COVER_TYPE.line, line, y);

	const footTop = PAGE.height - MARGIN.bottom - 2 * lineHeight(COVER_TYPE.note.size);
	doc.setDrawColor(...COLOUR.rule);
	doc.setLineWidth(0.3);
	doc.line(MARGIN.left, footTop - 3, MARGIN.left + CONTENT_WIDTH, footTop - 3);
	block(doc, COVER_TYPE.note, model.meta.subject, footTop);
}
