// The roadmaps of a selection: one PDF per complete diagnostic, offered as successive downloads.
// jsPDF and the fonts load only when asked, as on the results page.
import type { QuestionnaireDefinition } from '../content';
import { isComplete } from '../engine';
import type { Diagnostic } from '../model';
import { loadReportMaker } from '../report';
import { downloadBlob } from './download';

export interface ReportBatch {
	readonly complete: readonly Diagnostic[];
	/** incomplete diagnostics: no roadmap from a questionnaire half answered */
	readonly skipped: number;
}

export function reportBatch(definition: QuestionnaireDefinition, diagnostics: readonly Diagnostic[]): ReportBatch {
	const complete = diagnostics.filter((d) => isComplete(definition, d.answers));
	return { complete, skipped: diagnostics.length - complete.length };
}

/** Makes and offers each PDF in turn; `onmade` hears how many are done. Rejects on the first failure. */
export async function downloadReports(
	diagnostics: readonly Diagnostic[],
	onmade: (made: number) => void
): Promise<void> {
	const makeReportPdf = await loadReportMaker();
	for (const [index, diagnostic] of diagnostics.entries()) {
		const file = await makeReportPdf(diagnostic);
		downloadBlob(file.name, file);
		onmade(index + 1);
	}
}

const plural = (count: number, one: string, many: string) => (count > 1 ? many : one);

/** « 2 feuilles de route téléchargées. 1 diagnostic incomplet n’a pas de feuille de route. » */
export function reportsMessage(made: number, skipped: number): string {
	if (made === 0)
		return `Aucune feuille de route\u00a0: ${plural(skipped, 'le diagnostic sélectionné est incomplet', `les ${skipped} diagnostics sélectionnés sont incomplets`)}.`;
	const done = `${made} ${plural(made, 'feuille de route téléchargée', 'feuilles de route téléchargées')}.`;
	if (skipped === 0) return done;
	return `${done} ${skipped} ${plural(skipped, 'diagnostic incomplet n’a', 'diagnostics incomplets n’ont')} pas de feuille de route.`;
}
