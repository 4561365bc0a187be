import { questionnaire } from '../../../src/lib/content/questionnaire';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../../src/lib/model/diagnostic';
import { createNewDiagnostic, duplicateDiagnostic, renameDiagnostic } from '../../../src/lib/storage/create';
import { DB_NAME, closeDatabase, openDatabase } from '../../../src/lib/storage/db';
import {
	addDiagnostic,
	BrokenDiagnosticError,
	deleteDiagnostic,
	getDiagnostic,
	importDiagnostics,
	listDiagnostics,
	RevisionConflictError,
	saveDiagnostic
} from '../../../src/lib/storage/diagnostics';
import { resetRepository, storageMode } from '../../../src/lib/storage/repository';

beforeEach(async () => {
	await closeDatabase();
	await deleteDB(DB_NAME);
});
afterEach(async () => {
	await closeDatabase();
	resetRepository();
	indexedDB.deleteDatabase(DB_NAME);
});

const at = (iso: string) => new Date(iso);

describe('diagnostics on this device', () => {
	it('keeps every answer across a reopening of the database', async () => {
		const created = await createNewDiagnostic();
		const saved = await saveDiagnostic({ ...created, answers: { authority_name: 'Lannion', ri_fte: 1.5 } });
		await closeDatabase();
		const reopened = await getDiagnostic(created.id);
		expect(reopened?.answers).toEqual({ authority_name: 'Lannion', ri_fte: 1.5 });
		expect(reopened?.revision).toBe(saved.revision);
		expect(reopened?.currentStepId).toBe(questionnaire.steps[0]!.id);
	});

	it('lists the most recently changed first', async () => {
		const a = createDiagnostic(questionnaire.version, 'profile', at('2026-01-01T10:00:00Z'), 'a');
		const b = createDiagnostic(questionnaire.version, 'profile', at('2026-01-02T10:00:00Z'), 'b');
		await addDiagnostic(a);
		await addDiagnostic(b);
		expect((await listDiagnostics()).diagnostics.map((d) => d.id)).toEqual(['b', 'a']);
		await saveDiagnostic({ ...a, title: 'changé' }, at('2026-01-03T10:00:00Z'));
		expect((await listDiagnostics()).diagnostics.map((d) => d.id)).toEqual(['a', 'b']);
	});

	it('refuses a save built on an older revision (another tab wrote since)', async () => {
		const created = await createNewDiagnostic();
		await saveDiagnostic({ ...created, answers: { authority_name: 'Onglet 1' } });
		const stale = { ...created, answers: { authority_name: 'Onglet 2' } };
		await expect(saveDiagnostic(stale)).rejects.toBeInstanceOf(RevisionConflictError);
		expect((await getDiagnostic(created.id))?.answers).toEqual({ authority_name: 'Onglet 1' });
	});

	it('duplicates with a new identity, renames and deletes', async () => {
		const created = await createNewDiagnostic();
		await saveDiagnostic({ ...created, answers: { authority_name: 'Vannes' } });
		const copy = await duplicateDiagnostic(created.id);
		expect(copy.id).not.toBe(created.id);
		expect(copy.title).toBe('Vannes (copie)');
		expect(copy.answers).toEqual({ authority_name: 'Vannes' });
		const renamed = await renameDiagnostic(copy.id, '  Vannes 2027  ');
		expect(renamed.title).toBe('Vannes 2027');
		await deleteDiagnostic(created.id);
		expect((await listDiagnostics()).diagnostics.map((d) => d.title)).toEqual(['Vannes 2027']);
	});

	it('lists the valid ones and reports a corrupted record apart', async () => {
		const good = createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T00:00:00Z'), 'good');
		const db = await openDatabase();
		await db.put('diagnostics', good);
		await db.put('diagnostics', { ...good, id: 'bad', answers: { authority_type: 42 } } as never);
		const { diagnostics, broken } = await listDiagnostics();
		expect(diagnostics).toEqual([good]);
		expect(broken).toEqual([
			{
				id: 'bad',
				raw: expect.objectContaining({ id: 'bad' }),
				errors: [expect.stringContaining('authority_type')]
			}
		]);
		await expect(getDiagnostic('bad')).rejects.toBeInstanceOf(BrokenDiagnosticError);
	});

	it('imports a diagnostic whose id exists with other content as a copy, saying which', async () => {
		const first = createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T00:00:00Z'), 'same');
		await importDiagnostics([first]);
		const [again] = await importDiagnostics([{ ...first, title: 'Changé ailleurs', revision: 1 }]);
		expect(again?.copyOf).toBe('same');
		expect(again?.diagnostic.id).not.toBe('same');
		expect((await listDiagnostics()).diagnostics).toHaveLength(2);
	});

	it('leaves out what is already here: the same file imported twice adds nothing', async () => {
		const first = createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T00:00:00Z'), 'same');
		await importDiagnostics([first]);
		const again = await importDiagnostics([{ ...first, lastExportedAt: '2026-02-01T00:00:00.000Z' }]);
		expect(again).toEqual([{ diagnostic: expect.objectContaining({ id: 'same' }), skipped: true }]);
		expect((await listDiagnostics()).diagnostics).toHaveLength(1);
	});

	it('falls back to memory when IndexedDB cannot be opened, and says so', async () => {
		const original = indexedDB.open.bind(indexedDB);
		indexedDB.open = () => {
			throw new DOMException('Stockage désactivé', 'InvalidStateError');
		};
		try {
			expect(await storageMode()).toBe('memory');
			await importDiagnostics([createDiagnostic(questionnaire.version, 'profile', new Date(), 'in-memory')]);
			expect((await listDiagnostics()).diagnostics.map((d) => d.id)).toEqual(['in-memory']);
		} finally {
			indexedDB.open = original;
		}
	});
});
