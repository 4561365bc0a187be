// Where diagnostics live: IndexedDB when the browser allows it, otherwise memory, with the same
// API, so the current diagnostic can still be answered (and exported) when storage is unavailable.
import type { Diagnostic } from '../model/diagnostic';
import { openDatabase } from './db';
import { idbRepository } from './idb-repository';
import { memoryRepository } from './memory-repository';

export interface Repository {
	/** every stored record as read, valid or not */
	all(): Promise<unknown[]>;
	get(id: string): Promise<unknown>;
	add(diagnostic: Diagnostic): Promise<void>;
	/** adds all or none; an id already taken gets the copy `asCopy` makes instead */
	addAll(diagnostics: readonly Diagnostic[], asCopy: (d: Diagnostic) => Diagnostic): Promise<ImportedRecord[]>;
	save(diagnostic: Diagnostic, now: Date): Promise<Diagnostic>;
	/** records the date of an export without raising the revision (an export changes no answer) */
	markExported(ids: readonly string[], at: string): Promise<void>;
	delete(id: string): Promise<void>;
	clear(): Promise<void>;
	getMeta(key: string): Promise<unknown>;
	setMeta(key: string, value: unknown): Promise<void>;
}

export interface ImportedRecord {
	readonly diagnostic: Diagnostic;
	/** the id was already used on this device: this is a copy with a new id */
	readonly copyOf?: string;
}

export type StorageMode = 'device' | 'memory';

let active: Promise<{ mode: StorageMode; repository: Repository }> | null = null;

function choose(): Promise<{ mode: StorageMode; repository: Repository }> {
	return openDatabase().then(
		() => ({ mode: 'device', repository: idbRepository }),
		() => ({ mode: 'memory', repository: memoryRepository() })
	);
}

export async function repository(): Promise<Repository> {
	active ??= choose();
	return (await active).repository;
}

/** « device » when answers survive closing the page; « memory » when IndexedDB could not be opened. */
export async function storageMode(): Promise<StorageMode> {
	active ??= choose();
	return (await active).mode;
}

/** For tests: choose again on next access. */
export function resetRepository(): void {
	active = null;
}
