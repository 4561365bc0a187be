// Makes the PDF in the browser. The app loads this module only when a PDF is asked for, with a
// dynamic import(); it imports the renderer statically, so jsPDF and autotable download in
// parallel with the report's own code instead of after it.
import type { Diagnostic } from '../../model/diagnostic';
import { reportFor } from '../diagnostic-report';
import type { FontAssets } from './fonts';
import { renderReportPdf } from './render';
import regularUrl from './fonts/DejaVuSans.subset.ttf?url';
import boldUrl from './fonts/DejaVuSans-Bold.subset.ttf?url';
import italicUrl from './fonts/DejaVuSans-Oblique.subset.ttf?url';

async function fetchFont(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Police du rapport introuvable (${response.status})`);
	return new Uint8Array(await response.arrayBuffer());
}

let fonts: Promise<FontAssets> | undefined;

/** Fetched once per page, so a meeting's batch of reports reuses them; a failed fetch is retried next time. */
function fontAssets(): Promise<FontAssets> {
	if (!fonts) {
		fonts = Promise.all([fetchFont(regularUrl), fetchFont(boldUrl), fetchFont(italicUrl)]).then(
			([regular, bold, italic]) => ({ regular, bold, italic })
		);
		fonts.catch(() => (fonts = undefined));
	}
	return fonts;
}

/** The whole report of a diagnostic, as a file named for the authority and the day. */
export async function makeReportPdf(diagnostic: Diagnostic, now: Date = new Date()): Promise<File> {
	const assets = fontAssets(); // downloading while the report is worked out
	const { model } = reportFor(diagnostic, now);
	const bytes = await renderReportPdf(model, await assets);
	return new File([bytes], model.meta.fileName, { type: 'application/pdf' });
}
