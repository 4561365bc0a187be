// Writes diagnostics as JSON files and records when, for the « Dernière sauvegarde » reminder.
// What is exported is what is stored at that moment, re-read (another tab may have changed it),
// and only the revision that went into the file is stamped as backed up. Loaded on the click that
// asks for it (the file format's code is not needed before): see export.ts.
import { countFr } from '../engine/french';
import { exportFileName, markedExported } from '../model/backup';
import type { Diagnostic } from '../model/diagnostic';
import {
	MAX_DIAGNOSTICS_PER_FILE,
	MAX_FILE_BYTES,
	splitForExport,
	writeDiagnosticFile
} from '../model/diagnostic-file';
import { listDiagnostics, markExported, storedDiagnostics } from '../storage/diagnostics';
import type { ExportOutcome, OfferFile } from './export';

async function write(diagnostics: readonly Diagnostic[], offer: OfferFile, now: Date): Promise<ExportOutcome> {
	const parts = splitForExport(diagnostics);
	parts.forEach((part, index) =>
		offer(
			exportFileName(part, now, { index, of: parts.length }),
			writeDiagnosticFile(markedExported(part, now), now)
		)
	);
	// the files come first: if recording the date fails, the backup itself is still made
	const unstamped = await markExported(diagnostics, now).then(
		() => false,
		() => true
	);
	const outcome = { count: diagnostics.length, files: parts.length, unstamped };
	return { ...outcome, message: exportMessage(outcome) };
}

/** Exports the diagnostics `ids` as stored now. */
export async function exportStored(
	ids: readonly string[],
	offer: OfferFile,
	now: Date = new Date()
): Promise<ExportOutcome> {
	return write(await storedDiagnostics(ids), offer, now);
}

/** Exports everything this device holds, as stored now (in memory mode, all of it is at risk). */
export async function exportEverything(offer: OfferFile, now: Date = new Date()): Promise<ExportOutcome> {
	return write((await listDiagnostics()).diagnostics, offer, now);
}

/**
 * Exports diagnostics as shown, answers not yet written included (a failed save, memory mode).
 * Their revision is the last one stored: that one is stamped, if nothing changed it since.
 */
export async function exportShown(
	diagnostics: readonly Diagnostic[],
	offer: OfferFile,
	now: Date = new Date()
): Promise<ExportOutcome> {
	return write(diagnostics, offer, now);
}

/** What the user is told once the files are offered. */
function exportMessage({ count, files, unstamped }: Omit<ExportOutcome, 'message'>): string {
	const what = count === 1 ? 'Le diagnostic a été exporté.' : `${countFr(count)} diagnostics ont été exportés.`;
	const split =
		files > 1
			? ` Un fichier ne peut pas dépasser ${countFr(MAX_DIAGNOSTICS_PER_FILE)}\u00a0diagnostics ni ${MAX_FILE_BYTES / 1024 / 1024}\u00a0Mo\u00a0: ils sont répartis en ${files}\u00a0fichiers, à importer ensemble pour tout retrouver.`
			: '';
	const stamp = unstamped
		? ' La date de cette sauvegarde n’a pas pu être notée sur cet appareil (stockage plein ou indisponible)\u00a0: le fichier est bien là, mais le rappel de sauvegarde restera affiché.'
		: '';
	return `${what}${split}${stamp}`;
}
