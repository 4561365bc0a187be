// The repository backed by IndexedDB. Every transaction awaits only its own requests.
import type { Diagnostic } from '../model/diagnostic';
import { openDatabase } from './db';
import { importedRecord, stampable, type ImportedRecord, type Repository } from './repository';
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
	async addAll(diagnostics, whenTaken) {
		const tx = (await openDatabase()).transaction('diagnostics', 'readwrite');
		// every write is kept, so that after a failure (one thrown as it is queued included) the
		// others, rejected by the abort, are still awaited rather than left unhandled
		const writes: Promise<unknown>[] = [];
		let imported: ImportedRecord[];
		try {
			// requests queued together, not one round trip each: thousands of records in one go
			const keys = new Set(await tx.store.getAllKeys());
			const taken = diagnostics.filter((d) => keys.has(d.id));
			const stored = new Map(
				await Promise.all(taken.map(async (d) => [d.id, await tx.store.get(d.id)] as const))
			);
			imported = diagnostics.map((d) =>
				importedRecord(d, stored.has(d.id) ? whenTaken(d, stored.get(d.id)) : undefined)
			);
			for (const record of imported) if (!record.skipped) writes.push(tx.store.add(record.diagnostic));
			await Promise.all(writes);
		} catch (error) {
			tx.abort();
			await Promise.allSettled([...writes, tx.done]);
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
	async markExported(exported, at) {
		const tx = (await openDatabase()).transaction('diagnostics', 'readwrite');
		const stored = await Promise.all(exported.map((e) => tx.store.get(e.id)));
		await Promise.all(
			exported.map((e, i) => {
				const record = stored[i];
				return stampable(record, e) ? tx.store.put({ ...record, lastExportedAt: at }) : undefined;
			})
		);
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
