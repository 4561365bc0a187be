// Sessions register here so that an app update can wait for their last answers to be written.
const flushers = new Set<() => Promise<void>>();

export function trackPendingSaves(flush: () => Promise<void>): () => void {
	flushers.add(flush);
	return () => flushers.delete(flush);
}

export async function flushPendingSaves(): Promise<void> {
	await Promise.all([...flushers].map((flush) => flush()));
}
