// The repository used when IndexedDB cannot be opened (private browsing, a locked-down browser):
// same rules, kept only while the page stays open. Records are cloned in and out, as IndexedDB does.
import type { Diagnostic } from '../model/diagnostic';
import type { ImportedRecord, Repository } from './repository';
import { nextSaved } from './revisions';

export function memoryRepository(): Repository {
	const records = new Map<string, Diagnostic>();
	const meta = new Map<string, unknown>();
	const clone = structuredClone;

	return {
		async all() {
			return [...records.values()].map((d) => clone(d));
		},
		async get(id) {
			const found = records.get(id);
			return found && clone(found);
		},
		async add(diagnostic) {
			if (records.has(diagnostic.id)) throw new DOMException('Cet identifiant existe déjà.', 'ConstraintError');
			records.set(diagnostic.id, clone(diagnostic));
		},
		async addAll(diagnostics, asCopy) {
			const imported: ImportedRecord[] = diagnostics.map((diagnostic) =>
				records.has(diagnostic.id) ? { diagnostic: asCopy(diagnostic), copyOf: diagnostic.id } : { diagnostic }
			);
			for (const { diagnostic } of imported) records.set(diagnostic.id, clone(diagnostic));
			return imported;
		},
		async save(diagnostic, now) {
			const saved = nextSaved(records.get(diagnostic.id), diagnostic, now);
			records.set(saved.id, clone(saved));
			return saved;
		},
		async markExported(ids, at) {
			for (const id of ids) {
				const stored = records.get(id);
				if (stored) records.set(id, { ...stored, lastExportedAt: at });
			}
		},
		async delete(id) {
			records.delete(id);
		},
		async clear() {
			records.clear();
			meta.clear();
		},
		async getMeta(key) {
			return meta.get(key);
		},
		async setMeta(key, value) {
			meta.set(key, value);
		}
	};
}
