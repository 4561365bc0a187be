// Asks the browser, once, not to evict this device's diagnostics when space runs low.
import { repository } from './repository';

const ASKED = 'persistence-asked';

export type Persistence = 'persistent' | 'best-effort' | 'unknown';

function storageManager(): StorageManager | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Asked when the first diagnostic is created; later calls do nothing, whatever the answer was. */
export async function askPersistenceOnce(): Promise<void> {
	const storage = storageManager();
	if (!storage?.persist) return;
	const repo = await repository();
	if (await repo.getMeta(ASKED)) return;
	await repo.setMeta(ASKED, true);
	await storage.persist();
}

export async function persistence(): Promise<Persistence> {
	const storage = storageManager();
	if (!storage?.persisted) return 'unknown';
	return (await storage.persisted()) ? 'persistent' : 'best-effort';
}
