// The app's way in to the PDF code: jsPDF, the renderer and the fonts load on the first request
// only, never with a page, and the fonts download at the same time as the code rather than after.
import type { makeReportPdf } from './browser';
import { fontAssets } from './font-assets';

type MakeReportPdf = typeof makeReportPdf;

export async function loadReportMaker(): Promise<MakeReportPdf> {
	void fontAssets(); // a failure surfaces, and is retried, when the report asks for the fonts
	return (await import('./browser')).makeReportPdf;
}
