// Exports diagnostics as a JSON file and records when, for the « Dernière sauvegarde » reminder.
import { exportFileName, markedExported } from '../model/backup';
import type { Diagnostic } from '../model/diagnostic';
import { writeDiagnosticFile } from '../model/diagnostic-file';
import { markExported } from '../storage/diagnostics';
import { downloadText } from './download';

/** Downloads the file first: if recording the date fails, the backup itself is still made. */
export async function exportDiagnostics(diagnostics: readonly Diagnostic[], now: Date = new Date()): Promise<void> {
	downloadText(exportFileName(diagnostics, now), writeDiagnosticFile(markedExported(diagnostics, now), now));
	await markExported(
		diagnostics.map((d) => d.id),
		now
	);
}
