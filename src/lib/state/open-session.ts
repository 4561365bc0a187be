// Opens a stored diagnostic for answering: the link between storage and the session state.
import {
	DiagnosticNotFoundError,
	RevisionConflictError,
	getDiagnostic,
	isStorageFull,
	saveDiagnostic
} from '../storage/diagnostics';
import { storageMode } from '../storage/repository';
import { DiagnosticSession, type SaveStatus } from './session.svelte';
import { announceSaved } from './tab-channel';

function classify(error: unknown): SaveStatus {
	if (error instanceof RevisionConflictError) return 'conflict';
	return isStorageFull(error) ? 'full' : 'failed';
}

export async function openSession(id: string): Promise<DiagnosticSession> {
	const [diagnostic, mode] = await Promise.all([getDiagnostic(id), storageMode()]);
	if (!diagnostic) throw new DiagnosticNotFoundError(id);
	const persist = async (next: typeof diagnostic) => {
		const saved = await saveDiagnostic(next);
		announceSaved(saved);
		return saved;
	};
	return new DiagnosticSession(diagnostic, persist, {
		classify,
		storedBy: (error) => (error instanceof RevisionConflictError ? error.stored : null),
		inMemory: mode === 'memory'
	});
}
