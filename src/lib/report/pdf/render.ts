// Draws a report model into an A4 PDF; shared by the browser (browser.ts) and Node (node.ts).
import { jsPDF } from 'jspdf';
import type { ReportModel } from '../model';
import { drawBlocks, leadOf } from './blocks';
import { drawCover } from './cover';
import { deflateStreams } from './deflate-streams';
import { Flow } from './flow';
import { registerFonts, type FontAssets } from './fonts';
import { drawFurniture } from './furniture';
import { drawHeading } from './text-blocks';
import { TABLE_LEADING } from './theme';

export type { FontAssets } from './fonts';

export function renderReportPdf(model: ReportModel, assets: FontAssets): Promise<Uint8Array<ArrayBuffer>> {
	// putOnlyUsedFonts: jsPDF would otherwise list the 14 standard fonts, unembedded, in every PDF;
	// streams are deflated afterwards, natively (deflate-streams.ts)
	const doc = new jsPDF({
		unit: 'mm',
		format: 'a4',
		orientation: 'portrait',
		compress: false,
		putOnlyUsedFonts: true
	});
	registerFonts(doc, assets);
	// autotable spaces table lines by the document's factor; our own text sets its own (text.ts)
	doc.setLineHeightFactor(TABLE_LEADING);
	setProperties(doc, model);

	drawCover(doc, model);
	const flow = new Flow(doc);
	flow.newPage();
	for (const section of model.sections) {
		if (section.newPage && !flow.atPageTop) flow.newPage();
		drawHeading(flow, 1, section.title, leadOf(doc, section.blocks, 0));
		// a bookmark per section, on the page its heading landed on
		doc.outline.add(null, section.title, { pageNumber: doc.getCurrentPageInfo().pageNumber });
		drawBlocks(flow, section.blocks);
	}
	drawFurniture(doc, model);
	return deflateStreams(doc.output());
}

function setProperties(doc: jsPDF, model: ReportModel): void {
	const { meta } = model;
	doc.setDocumentProperties({
		title: meta.title,
		subject: meta.subject,
		author: meta.author,
		keywords: meta.keywords,
		creator: 'ACTER autodiagnostic'
	});
	doc.setLanguage(meta.language as Parameters<jsPDF['setLanguage']>[0]);
	doc.setCreationDate(new Date(meta.createdAt));
	doc.viewerPreferences({ DisplayDocTitle: true });
}
