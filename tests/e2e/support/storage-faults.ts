// Storage that fails on demand, as a full or broken disk does: installed before the app loads,
// switched on by the test with `failWrites(page, 'QuotaExceededError')`.
import type { Page } from '@playwright/test';

export async function installStorageFaults(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const faulty = window as unknown as { storageFault?: string };
		for (const method of ['add', 'put'] as const) {
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
				if (faulty.storageFault) throw new DOMException('Écriture refusée (test)', faulty.storageFault);
				return original.apply(this, args);
			};
		}
	});
}

/** From now on every write to IndexedDB throws a DOMException of that name (null: writes work again). */
export async function failWrites(page: Page, name: 'QuotaExceededError' | 'UnknownError' | null): Promise<void> {
	await page.evaluate(
		(fault) => ((window as unknown as { storageFault?: string | null }).storageFault = fault ?? undefined),
		name
	);
}

/** IndexedDB cannot be opened at all (private browsing, locked-down browser): the app runs in memory. */
export async function blockIndexedDb(page: Page): Promise<void> {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('Le stockage est désactivé.', 'SecurityError');
		};
	});
}
