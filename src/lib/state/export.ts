// Exporting diagnostics as files, as the pages ask for it. The writing (file format, validation)
// loads with the first export, not with the page: every page can offer an export.
import type { Diagnostic } from '../model/diagnostic';

/** Hands a file to the user (in the browser, a download). */
export type OfferFile = (fileName: string, text: string) => void;

export interface ExportOutcome {
	readonly count: number;
	readonly files: number;
	/** the date of this backup could not be recorded on this device (the files were made) */
	readonly unstamped: boolean;
	/** what the user is told once the files are offered */
	readonly message: string;
}

const files = () => import('./export-files');

/** Exports the diagnostics `ids` as stored now. */
export async function exportStored(ids: readonly string[], offer: OfferFile, now = new Date()): Promise<ExportOutcome> {
	return (await files()).exportStored(ids, offer, now);
}

/** Exports everything this device holds, as stored now (in memory mode, all of it is at risk). */
export async function exportEverything(offer: OfferFile, now = new Date()): Promise<ExportOutcome> {
	return (await files()).exportEverything(offer, now);
}

/** Exports diagnostics as shown, answers not yet written included (a failed save, memory mode). */
export async function exportShown(
	diagnostics: readonly Diagnostic[],
	offer: OfferFile,
	now = new Date()
): Promise<ExportOutcome> {
	return (await files()).exportShown(diagnostics, offer, now);
}
