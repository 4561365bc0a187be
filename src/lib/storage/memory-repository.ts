// The repository used when IndexedDB cannot be opened (private browsing, a locked-down browser):
// same rules, kept only while the page stays open. Records are cloned in and out, as IndexedDB does.
import type { Diagnostic } from '../model/diagnostic';
import { importedRecord, stampable, type ImportedRecord, type Repository } from './repository';
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
		async addAll(diagnostics, whenTaken) {
			const imported: ImportedRecord[] = diagnostics.map((d) => {
				const stored = records.get(d.id);
				return importedRecord(d, stored ? whenTaken(d, clone(stored)) : undefined);
			});
			for (const { diagnostic, skipped } of imported) if (!skipped) records.set(diagnostic.id, clone(diagnostic));
			return imported;
		},
		async save(diagnostic, now) {
			const saved = nextSaved(records.get(diagnostic.id), diagnostic, now);
			records.set(saved.id, clone(saved));
			return saved;
		},
		async markExported(exported, at) {
			for (const e of exported) {
				const stored = records.get(e.id);
				if (stampable(stored, e)) records.set(e.id, { ...stored, lastExportedAt: at });
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
