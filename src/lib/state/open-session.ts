// Opens a stored diagnostic for answering: the link between storage and the session state.
import { DiagnosticNotFoundError, RevisionConflictError, getDiagnostic, saveDiagnostic } from '../storage/diagnostics';
import { DiagnosticSession, type SaveStatus } from './session.svelte';

function classify(error: unknown): SaveStatus {
	return error instanceof RevisionConflictError ? 'conflict' : 'failed';
}

export async function openSession(id: string): Promise<DiagnosticSession> {
	const diagnostic = await getDiagnostic(id);
	if (!diagnostic) throw new DiagnosticNotFoundError(id);
	return new DiagnosticSession(diagnostic, (next) => saveDiagnostic(next), classify);
}
