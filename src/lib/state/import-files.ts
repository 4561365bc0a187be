// Importing exported files, several at once (or a folder's): each file all or nothing, a refused
// file named with its reasons while the others come in, and one short summary for everyone.
import { countFr } from '../engine/french';
import { displayName } from '../model/diagnostic';
import { importDiagnostics, type ImportedRecord } from '../storage/diagnostics';
import { storageFailureMessage } from './storage-failure';

export interface RefusedFile {
	readonly fileName: string;
	readonly errors: readonly string[];
}

export interface ImportReport {
	readonly files: number;
	readonly records: readonly ImportedRecord[];
	readonly refused: readonly RefusedFile[];
}

/** The JSON files among those chosen (a folder holds other files too), in name order. */
export function jsonFiles(files: readonly File[]): File[] {
	return files
		.filter((file) => file.name.toLowerCase().endsWith('.json'))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function importFiles(files: readonly File[]): Promise<ImportReport> {
	// Checking a file takes valibot, the migrations and the questionnaire: loaded once files are chosen.
	const { readDiagnosticBytes } = await import('../model/diagnostic-file');
	const records: ImportedRecord[] = [];
	const refused: RefusedFile[] = [];
	for (const file of files) {
		const read = readDiagnosticBytes(new Uint8Array(await file.arrayBuffer()));
		if (!read.ok) {
			refused.push({ fileName: file.name, errors: read.errors });
			continue;
		}
		try {
			records.push(...(await importDiagnostics(read.diagnostics)));
		} catch (error) {
			refused.push({
				fileName: file.name,
				errors: [storageFailureMessage(error, 'Rien n’a été importé de ce fichier')]
			});
		}
	}
	return { files: files.length, records, refused };
}

const count = (n: number, one: string, many: string) => `${countFr(n)}\u00a0${n > 1 ? many : one}`;
const NAMED = 5;

function named(records: readonly ImportedRecord[]): string {
	const names = records.slice(0, NAMED).map((r) => `«\u00a0${displayName(r.diagnostic)}\u00a0»`);
	const more = records.length - NAMED;
	return more > 0 ? `${names.join(', ')} et ${count(more, 'autre', 'autres')}` : names.join(', ');
}

/** One paragraph, whatever the number of files and diagnostics (a live region reads it whole). */
export function importSummary({ files, records, refused }: ImportReport): string {
	const added = records.filter((r) => !r.skipped);
	const copies = added.filter((r) => r.copyOf);
	const skipped = records.length - added.length;
	const parts: string[] = [];
	if (files > 1) parts.push(`${count(files, 'fichier lu', 'fichiers lus')}.`);
	parts.push(
		added.length === 0
			? 'Aucun diagnostic importé.'
			: `${count(added.length, 'diagnostic importé', 'diagnostics importés')}.`
	);
	if (copies.length > 0) {
		parts.push(
			`Déjà présents sur cet appareil avec d’autres réponses, ${named(copies)} ${copies.length > 1 ? 'ont été importés comme copies' : 'a été importé comme copie'}, sans modifier les diagnostics existants.`
		);
	}
	if (skipped > 0)
		parts.push(
			`${count(skipped, 'diagnostic était déjà présent', 'diagnostics étaient déjà présents')} à l’identique sur cet appareil\u00a0: ${skipped > 1 ? 'ils n’ont pas été importés une seconde fois' : 'il n’a pas été importé une seconde fois'}.`
		);
	if (refused.length > 0)
		parts.push(`${count(refused.length, 'fichier refusé', 'fichiers refusés')}\u00a0: voir le détail ci-dessous.`);
	return parts.join(' ');
}
