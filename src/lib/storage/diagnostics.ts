// Diagnostics on this device. Records are migrated to the current questionnaire and validated as
// they are read: a broken one is reported on its own and never stops the others from opening.
import type { Diagnostic } from '../model/diagnostic';
import { duplicated } from '../model/operations';
import { repository, type ImportedRecord } from './repository';

export { DiagnosticNotFoundError, RevisionConflictError, isStorageFull } from './revisions';

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

export async function getDiagnostic(id: string): Promise<Diagnostic | undefined> {
	const raw = await (await repository()).get(id);
	if (raw === undefined) return undefined;
	const checked = (await loadCheck())(raw);
	if (!checked.ok) throw new BrokenDiagnosticError(checked.errors);
	return checked.diagnostic;
}

/** Adds a new diagnostic; refuses to replace one with the same id. */
export async function addDiagnostic(diagnostic: Diagnostic): Promise<void> {
	await (await repository()).add(diagnostic);
}

/**
 * Saves a new state of a diagnostic whose stored revision must still be `diagnostic.revision`.
 * Returns the saved record, with its revision raised and its date of change set.
 */
export async function saveDiagnostic(diagnostic: Diagnostic, now: Date = new Date()): Promise<Diagnostic> {
	return (await repository()).save(diagnostic, now);
}

/** Imports valid diagnostics, all or none; one whose id is taken comes in as a copy, never over it. */
export async function importDiagnostics(diagnostics: readonly Diagnostic[], now: Date = new Date()): Promise<ImportedRecord[]> {
	return (await repository()).addAll(diagnostics, (d) => duplicated(d, now));
}

export async function markExported(ids: readonly string[], now: Date = new Date()): Promise<void> {
	await (await repository()).markExported(ids, now.toISOString());
}

export async function deleteDiagnostic(id: string): Promise<void> {
	await (await repository()).delete(id);
}

export async function deleteAllDiagnostics(): Promise<void> {
	await (await repository()).clear();
}
