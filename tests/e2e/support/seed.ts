// Diagnostics put straight into the app's database, as if answered earlier on this device.
import type { Page } from '@playwright/test';
import type { Diagnostic } from '../../../src/lib/model/diagnostic';
import { DB_NAME, DB_VERSION } from '../../../src/lib/storage/db';

export interface StoredDiagnostic {
	id: string;
	answers: Record<string, unknown>;
	[key: string]: unknown;
}

/** Puts a diagnostic in the app's database, creating it as the app would if it does not exist yet. */
export async function seed(page: Page, diagnostic: Diagnostic | StoredDiagnostic): Promise<void> {
	await seedAll(page, [diagnostic]);
}

/** Puts diagnostics in the app's database in one transaction (a whole portfolio, for the bench). */
export async function seedAll(page: Page, diagnostics: readonly (Diagnostic | StoredDiagnostic)[]): Promise<void> {
	await page.goto('./');
	await page.evaluate(
		({ records, name, version }) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open(name, version);
				// the app's upgrade (storage/db.ts), for a database the page has not opened yet
				request.onupgradeneeded = () => {
					const db = request.result;
					if (!db.objectStoreNames.contains('diagnostics')) {
						db.createObjectStore('diagnostics', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
					}
					if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
				};
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const tx = request.result.transaction('diagnostics', 'readwrite');
					for (const record of records) tx.objectStore('diagnostics').put(record);
					tx.oncomplete = () => {
						request.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ records: diagnostics, name: DB_NAME, version: DB_VERSION }
	);
}

/** What the app's database holds now (read without upgrading it). */
export async function storedDiagnostics(page: Page): Promise<StoredDiagnostic[]> {
	return page.evaluate(
		(name) =>
			new Promise<StoredDiagnostic[]>((resolve, reject) => {
				const request = indexedDB.open(name);
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const all = request.result.transaction('diagnostics').objectStore('diagnostics').getAll();
					all.onsuccess = () => {
						request.result.close();
						resolve(all.result as StoredDiagnostic[]);
					};
					all.onerror = () => reject(all.error);
				};
			}),
		DB_NAME
	);
}
