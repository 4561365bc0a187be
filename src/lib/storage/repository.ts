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
	/**
	 * Adds all or none. For an id already taken, `whenTaken` says what to add instead (a copy), or
	 * null to leave it out (the same record is already there).
	 */
	addAll(diagnostics: readonly Diagnostic[], whenTaken: WhenTaken): Promise<ImportedRecord[]>;
	save(diagnostic: Diagnostic, now: Date): Promise<Diagnostic>;
	/**
	 * Records the date of an export without raising the revision (an export changes no answer), on
	 * the records still at the revision that was exported: a record changed since is not backed up.
	 */
	markExported(exported: readonly ExportedRevision[], at: string): Promise<void>;
	delete(id: string): Promise<void>;
	clear(): Promise<void>;
	getMeta(key: string): Promise<unknown>;
	setMeta(key: string, value: unknown): Promise<void>;
}

export type WhenTaken = (incoming: Diagnostic, stored: unknown) => Diagnostic | null;

export interface ExportedRevision {
	readonly id: string;
	readonly revision: number;
}

export interface ImportedRecord {
	readonly diagnostic: Diagnostic;
	/** the id was already used on this device: this is a copy with a new id */
	readonly copyOf?: string;
	/** the same record was already on this device: nothing was added */
	readonly skipped?: true;
}

/** What `addAll` does with one incoming record, given what `whenTaken` said. */
export function importedRecord(incoming: Diagnostic, instead: Diagnostic | null | undefined): ImportedRecord {
	if (instead === undefined) return { diagnostic: incoming };
	return instead === null ? { diagnostic: incoming, skipped: true } : { diagnostic: instead, copyOf: incoming.id };
}

export function stampable(stored: Diagnostic | undefined, exported: ExportedRevision): stored is Diagnostic {
	return stored !== undefined && stored.revision === exported.revision;
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
