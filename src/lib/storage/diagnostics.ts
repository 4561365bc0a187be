// Diagnostics on this device. Every save checks the revision it started from, so two tabs
// editing the same diagnostic never overwrite each other silently.
import type { Diagnostic } from '../model/diagnostic';
import { openDatabase } from './db';

export class RevisionConflictError extends Error {
	constructor(readonly stored: Diagnostic) {
		super('Ce diagnostic a été modifié dans un autre onglet.');
		this.name = 'RevisionConflictError';
	}
}

export class DiagnosticNotFoundError extends Error {
	constructor(readonly id: string) {
		super('Ce diagnostic n’existe plus sur cet appareil.');
		this.name = 'DiagnosticNotFoundError';
	}
}

export async function listDiagnostics(): Promise<Diagnostic[]> {
	const db = await openDatabase();
	const all = await db.getAllFromIndex('diagnostics', 'by-updated');
	return all.reverse();
}

export async function getDiagnostic(id: string): Promise<Diagnostic | undefined> {
	const db = await openDatabase();
	return db.get('diagnostics', id);
}

/** Adds a new diagnostic; refuses to replace one with the same id. */
export async function addDiagnostic(diagnostic: Diagnostic): Promise<void> {
	const db = await openDatabase();
	await db.add('diagnostics', diagnostic);
}

/**
 * Saves a new state of a diagnostic whose stored revision must still be `diagnostic.revision`.
 * Returns the saved record, with its revision raised and its date of change set.
 */
export async function saveDiagnostic(diagnostic: Diagnostic, now: Date = new Date()): Promise<Diagnostic> {
	const db = await openDatabase();
	const tx = db.transaction('diagnostics', 'readwrite');
	const stored = await tx.store.get(diagnostic.id);
	if (!stored) {
		tx.abort();
		await tx.done.catch(() => undefined);
		throw new DiagnosticNotFoundError(diagnostic.id);
	}
	if (stored.revision !== diagnostic.revision) {
		tx.abort();
		await tx.done.catch(() => undefined);
		throw new RevisionConflictError(stored);
	}
	const saved: Diagnostic = { ...diagnostic, revision: diagnostic.revision + 1, updatedAt: now.toISOString() };
	await tx.store.put(saved);
	await tx.done;
	return saved;
}

export async function deleteDiagnostic(id: string): Promise<void> {
	const db = await openDatabase();
	await db.delete('diagnostics', id);
}

export async function deleteAllDiagnostics(): Promise<void> {
	const db = await openDatabase();
	await db.clear('diagnostics');
}
