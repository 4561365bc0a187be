// Tabs tell each other when they save a diagnostic, so a tab editing the same one warns early,
// before its next save runs into the revision conflict.
import type { Diagnostic } from '../model/diagnostic';

interface SavedMessage {
	readonly id: string;
	readonly revision: number;
}

let channel: BroadcastChannel | null | undefined;

function shared(): BroadcastChannel | null {
	channel ??= typeof BroadcastChannel === 'function' ? new BroadcastChannel('acter-diagnostics') : null;
	return channel;
}

export function announceSaved(saved: Diagnostic): void {
	shared()?.postMessage({ id: saved.id, revision: saved.revision } satisfies SavedMessage);
}

/** Calls `onSaved` when another tab saves diagnostic `id`; returns the function that stops listening. */
export function watchSaves(id: string, onSaved: (revision: number) => void): () => void {
	const target = shared();
	if (!target) return () => {};
	const listener = (event: MessageEvent<SavedMessage>) => {
		if (event.data?.id === id && typeof event.data.revision === 'number') onSaved(event.data.revision);
	};
	target.addEventListener('message', listener);
	return () => target.removeEventListener('message', listener);
}
