// Diagnostics on this device. Records are migrated to the current questionnaire and validated as
// they are read: a broken one is reported on its own and never stops the others from opening.
import type { Diagnostic } from '../model/diagnostic';
import { duplicated, sameRecord } from '../model/operations';
import { repository, type ExportedRevision, type ImportedRecord } from './repository';

export { DiagnosticNotFoundError, RevisionConflictError, isStorageFull } from './revisions';
export type { ExportedRevision, ImportedRecord } from './repository';

/** A stored record that no longer passes validation: it can be exported as is, or deleted. */
export interface BrokenRecord {
	readonly id: string;
	readonly raw: unknown;
	readonly errors: readonly string[];
}

export class BrokenDiagnosticError extends Error {
	constructor(readonly errors: readonly string[]) {
		super('Ce diagnostic est endommagé et ne peut pas être ouvert : exportez-le ou supprimez-le depuis l’accueil.');
		this.name = 'BrokenDiagnosticError';
	}
}

/** A record that would not pass the checks when read back: it is never written. */
export class InvalidDiagnosticError extends Error {
	constructor(readonly errors: readonly string[]) {
		super(
			`Ce diagnostic n’a pas été enregistré, car il ne pourrait pas être relu\u00a0: ${errors[0] ?? 'contenu invalide'}`
		);
		this.name = 'InvalidDiagnosticError';
	}
}

/** The checks need valibot, the migrations and the questionnaire: imported once there is a record
 * to check, so the home page of a first visit (nothing stored) does not download them. */
async function loadCheck() {
	return (await import('../model/diagnostic-schema')).checkDiagnostic;
}

function idOf(raw: unknown): string {
	const id = (raw as { id?: unknown } | null)?.id;
	return typeof id === 'string' ? id : String(id);
}

/** Newest first; broken records apart. */
export async function listDiagnostics(): Promise<{ diagnostics: Diagnostic[]; broken: BrokenRecord[] }> {
	const diagnostics: Diagnostic[] = [];
	const broken: BrokenRecord[] = [];
	const records = await (await repository()).all();
	if (records.length === 0) return { diagnostics, broken };
	const checkDiagnostic = await loadCheck();
	for (const raw of records) {
		const checked = checkDiagnostic(raw);
		if (checked.ok) diagnostics.push(checked.diagnostic);
		else broken.push({ id: idOf(raw), raw, errors: checked.errors });
	}
	diagnostics.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
	return { diagnostics, broken };
}

/** Every write goes through the check every read makes (one function): what is stored can be read back. */
async function readable(diagnostics: readonly Diagnostic[]): Promise<Diagnostic[]> {
	const checkDiagnostic = await loadCheck();
	return diagnostics.map((diagnostic) => {
		const checked = checkDiagnostic(diagnostic);
		if (!checked.ok) throw new InvalidDiagnosticError(checked.errors);
		return checked.diagnostic;
	});
}

/** The stored diagnostics among `ids`, as they are now (another tab may have changed them). */
export async function storedDiagnostics(ids: readonly string[]): Promise<Diagnostic[]> {
	const wanted = new Set(ids);
	return (await listDiagnostics()).diagnostics.filter((d) => wanted.has(d.id));
}

export async function getDiagnostic(id: string): Promise<Diagnostic | undefined> {
	const raw = await (await repository()).get(id);
	if (raw === undefined) return undefined;
	const checked = (await loadCheck())(raw);
	if (!checked.ok) throw new BrokenDiagnosticError(checked.errors);
	return checked.diagnostic;
}

/** Adds a new diagnostic; refuses to replace one with the same id. */
export async function addDiagnostic(diagnostic: Diagnostic): Promise<void> {
	const [checked] = await readable([diagnostic]);
	await (await repository()).add(checked!);
}

/**
 * Saves a new state of a diagnostic whose stored revision must still be `diagnostic.revision`.
 * Returns the saved record, with its revision raised and its date of change set.
 */
export async function saveDiagnostic(diagnostic: Diagnostic, now: Date = new Date()): Promise<Diagnostic> {
	const [checked] = await readable([diagnostic]);
	return (await repository()).save(checked!, now);
}

/**
 * Imports diagnostics, all or none. One whose id is taken is left out when this device holds the
 * very same record (a file imported twice), and comes in as a copy otherwise, never over it.
 */
export async function importDiagnostics(
	diagnostics: readonly Diagnostic[],
	now: Date = new Date()
): Promise<ImportedRecord[]> {
	const [checkDiagnostic, incoming] = await Promise.all([loadCheck(), readable(diagnostics)]);
	return (await repository()).addAll(incoming, (d, raw) => {
		const stored = checkDiagnostic(raw);
		if (stored.ok && sameRecord(stored.diagnostic, d)) return null;
		const checked = checkDiagnostic(duplicated(d, now));
		if (!checked.ok) throw new InvalidDiagnosticError(checked.errors);
		return checked.diagnostic;
	});
}

/** Stamps the date of an export on the records still at the revision exported. */
export async function markExported(exported: readonly ExportedRevision[], now: Date = new Date()): Promise<void> {
	await (await repository()).markExported(exported, now.toISOString());
}

export async function deleteDiagnostic(id: string): Promise<void> {
	await (await repository()).delete(id);
}

export async function deleteAllDiagnostics(): Promise<void> {
	await (await repository()).clear();
}
