// The only module that opens IndexedDB. Schema migrations are cumulative steps on oldVersion.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Diagnostic } from '../model/diagnostic';

export const DB_NAME = 'acter-autodiagnostic';
export const DB_VERSION = 1;

export interface AppDB extends DBSchema {
	diagnostics: {
		key: string;
		value: Diagnostic;
		indexes: { 'by-updated': string };
	};
}

export interface DatabaseEvents {
	/** another tab holds an older version open and prevents the upgrade */
	onBlocked?: () => void;
	/** a newer version of the app, in another tab, wants to upgrade the database */
	onVersionChange?: () => void;
}

let opening: Promise<IDBPDatabase<AppDB>> | null = null;

export function openDatabase(events: DatabaseEvents = {}): Promise<IDBPDatabase<AppDB>> {
	opening ??= openDB<AppDB>(DB_NAME, DB_VERSION, {
		upgrade(db, oldVersion) {
			if (oldVersion < 1) {
				const store = db.createObjectStore('diagnostics', { keyPath: 'id' });
				store.createIndex('by-updated', 'updatedAt');
			}
		},
		blocked() {
			events.onBlocked?.();
		},
		blocking() {
			// Let the newer tab upgrade; this tab reopens on its next access.
			void opening?.then((db) => db.close());
			opening = null;
			events.onVersionChange?.();
		},
		terminated() {
			opening = null;
		}
	}).catch((error: unknown) => {
		opening = null;
		throw error;
	});
	return opening;
}

/** For tests: forget the cached connection. */
export async function closeDatabase(): Promise<void> {
	const current = opening;
	opening = null;
	if (current) (await current).close();
}
