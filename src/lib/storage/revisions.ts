// The rule every repository applies on save: a save must start from the stored revision, so two
// tabs editing one diagnostic never overwrite each other silently.
import type { Diagnostic } from '../model/diagnostic';

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

const later = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);

/** The record to store, or the reason not to. An export recorded meanwhile is kept. */
export function nextSaved(stored: Diagnostic | undefined, diagnostic: Diagnostic, now: Date): Diagnostic {
	if (!stored) throw new DiagnosticNotFoundError(diagnostic.id);
	if (stored.revision !== diagnostic.revision) throw new RevisionConflictError(stored);
	const saved: Diagnostic = { ...diagnostic, revision: diagnostic.revision + 1, updatedAt: now.toISOString() };
	const exported = later(stored.lastExportedAt, diagnostic.lastExportedAt);
	return exported ? { ...saved, lastExportedAt: exported } : saved;
}

/** The browser refused to write because the device's storage quota is used up. */
export function isStorageFull(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'QuotaExceededError';
}
