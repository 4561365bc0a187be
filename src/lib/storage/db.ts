// The only module that opens IndexedDB. Schema migrations are cumulative steps on oldVersion.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Diagnostic } from '../model/diagnostic';

export const DB_NAME = 'acter-autodiagnostic';
export const DB_VERSION = 2;

export interface AppDB extends DBSchema {
	diagnostics: {
		key: string;
		value: Diagnostic;
		indexes: { 'by-updated': string };
	};
	/** v2: small settings of this device (persistence already asked…), one value per key */
	meta: {
		key: string;
		value: unknown;
	};
}

export interface DatabaseEvents {
	/** another tab holds an older version open and prevents the upgrade */
	onBlocked?: () => void;
	/** the blocking tab went away and the upgrade went through */
	onUnblocked?: () => void;
	/** a newer version of the app, in another tab, wants to upgrade the database */
	onVersionChange?: () => void;
}

let events: DatabaseEvents = {};
let opening: Promise<IDBPDatabase<AppDB>> | null = null;

/** The UI listens once, at start-up: these happen whichever page first touches storage. */
export function setDatabaseEvents(listeners: DatabaseEvents): void {
	events = listeners;
}

export function openDatabase(): Promise<IDBPDatabase<AppDB>> {
	opening ??= open().catch((error: unknown) => {
		opening = null;
		throw error;
	});
	return opening;
}

async function open(): Promise<IDBPDatabase<AppDB>> {
	let wasBlocked = false;
	// `await` turns a synchronous throw of indexedDB.open (some locked-down browsers) into a rejection.
	const db = await openDB<AppDB>(DB_NAME, DB_VERSION, {
		upgrade(db, oldVersion) {
			if (oldVersion < 1) {
				const store = db.createObjectStore('diagnostics', { keyPath: 'id' });
				store.createIndex('by-updated', 'updatedAt');
			}
			if (oldVersion < 2) db.createObjectStore('meta');
		},
		blocked() {
			wasBlocked = true;
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
	});
	if (wasBlocked) events.onUnblocked?.();
	return db;
}

/** For tests: forget the cached connection. */
export async function closeDatabase(): Promise<void> {
	const current = opening;
	opening = null;
	if (current) (await current).close();
}
