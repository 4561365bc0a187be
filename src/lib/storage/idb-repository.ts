// The repository backed by IndexedDB. Every transaction awaits only its own requests.
import type { Diagnostic } from '../model/diagnostic';
import { openDatabase } from './db';
import type { ImportedRecord, Repository } from './repository';
import { nextSaved } from './revisions';

export const idbRepository: Repository = {
	async all() {
		return (await openDatabase()).getAll('diagnostics');
	},
	async get(id) {
		return (await openDatabase()).get('diagnostics', id);
	},
	async add(diagnostic) {
		await (await openDatabase()).add('diagnostics', diagnostic);
	},
	async addAll(diagnostics, asCopy) {
		const tx = (await openDatabase()).transaction('diagnostics', 'readwrite');
		const imported: ImportedRecord[] = [];
		try {
			for (const diagnostic of diagnostics) {
				const taken = (await tx.store.getKey(diagnostic.id)) !== undefined;
				const record = taken ? asCopy(diagnostic) : diagnostic;
				await tx.store.add(record);
				imported.push(taken ? { diagnostic: record, copyOf: diagnostic.id } : { diagnostic: record });
			}
		} catch (error) {
			tx.abort();
			await tx.done.catch(() => undefined);
			throw error;
		}
		await tx.done;
		return imported;
	},
	async save(diagnostic, now) {
		const tx = (await openDatabase()).transaction('diagnostics', 'readwrite');
		let saved: Diagnostic;
		try {
			saved = nextSaved(await tx.store.get(diagnostic.id), diagnostic, now);
		} catch (error) {
			tx.abort();
			await tx.done.catch(() => undefined);
			throw error;
		}
		await tx.store.put(saved);
		await tx.done;
		return saved;
	},
	async markExported(ids, at) {
		const tx = (await openDatabase()).transaction('diagnostics', 'readwrite');
		for (const id of ids) {
			const stored = await tx.store.get(id);
			if (stored) await tx.store.put({ ...stored, lastExportedAt: at });
		}
		await tx.done;
	},
	async delete(id) {
		await (await openDatabase()).delete('diagnostics', id);
	},
	async clear() {
		const tx = (await openDatabase()).transaction(['diagnostics', 'meta'], 'readwrite');
		await Promise.all([tx.objectStore('diagnostics').clear(), tx.objectStore('meta').clear(), tx.done]);
	},
	async getMeta(key) {
		return (await openDatabase()).get('meta', key);
	},
	async setMeta(key, value) {
		await (await openDatabase()).put('meta', value, key);
	}
};
