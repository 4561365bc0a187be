// Where a diagnostic's answers stand on this device: a module of its own, so that the update banner
// of every page can tell the answers at risk without loading the session and its storage.

/**
 * saved: written on this device; memory: kept by this page only (the device cannot store);
 * failed: not written (kept on screen); full: the device's storage is full; conflict: the same
 * question was answered differently in another tab, and this tab waits for a choice
 */
export type SaveStatus = 'saved' | 'memory' | 'saving' | 'failed' | 'full' | 'conflict';

/** The statuses in which a reload would lose answers: not stored (memory), or a save that did not go through. */
export const AT_RISK: ReadonlySet<SaveStatus> = new Set(['memory', 'failed', 'full', 'conflict']);
