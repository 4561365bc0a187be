// Makes the PDF in the browser. The page imports only this small module: jsPDF, autotable,
// svg2pdf and the fonts load when a PDF is asked for, never with the first page.
import type { ReportModel } from '../model';
import regularUrl from './fonts/DejaVuSans.subset.ttf?url';
import boldUrl from './fonts/DejaVuSans-Bold.subset.ttf?url';
import italicUrl from './fonts/DejaVuSans-Oblique.subset.ttf?url';

async function fetchFont(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Police du rapport introuvable (${response.status})`);
	return new Uint8Array(await response.arrayBuffer());
}

export async function makeReportPdfBlob(model: ReportModel): Promise<Blob> {
	const [{ renderReportPdf }, regular, bold, italic] = await Promise.all([
		import('./render'),
		fetchFont(regularUrl),
		fetchFont(boldUrl),
		fetchFont(italicUrl)
	]);
	const bytes = await renderReportPdf(model, { regular, bold, italic });
	return new Blob([bytes], { type: 'application/pdf' });
}
