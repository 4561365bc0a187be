// Makes the PDF in the browser. Loaded only when a PDF is asked for (see load.ts); it imports the
// renderer statically, so jsPDF downloads in parallel with the report's own code instead of after it.
import type { Diagnostic } from '../../model/diagnostic';
import type { ReportOptions } from '../model';
import { reportFor } from '../diagnostic-report';
import { fontAssets } from './font-assets';
import { renderReportPdf } from './render';

/** The whole report of a diagnostic, as a file named for the authority and the day. */
export async function makeReportPdf(
	diagnostic: Diagnostic,
	now: Date = new Date(),
	options: ReportOptions = {}
): Promise<File> {
	const assets = fontAssets();
	const { model } = reportFor(diagnostic, now, options);
	const bytes = await renderReportPdf(model, await assets);
	return new File([bytes], model.meta.fileName, { type: 'application/pdf' });
}
