// The diagnostics open in this page, so that an app update can wait for their last answers to be
// written, and can tell whether reloading now would lose any (a failed save, memory mode…).
import { AT_RISK } from './save-status';
import type { DiagnosticSession } from './session.svelte';

const open: DiagnosticSession[] = $state([]);

/** Returns the function that stops tracking (when the page closes the session). */
export function trackSession(session: DiagnosticSession): () => void {
	open.push(session);
	return () => {
		const index = open.indexOf(session);
		if (index >= 0) open.splice(index, 1);
	};
}

export async function flushPendingSaves(): Promise<void> {
	await Promise.all(open.map((session) => session.flush()));
}

/** Sessions whose answers a reload would lose: reactive, for the update banner. */
export function sessionsAtRisk(): DiagnosticSession[] {
	return open.filter((session) => AT_RISK.has(session.status));
}
