import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { createDiagnostic } from '../../../src/lib/model/diagnostic';
import { closeDatabase, DB_NAME } from '../../../src/lib/storage/db';
import {
	addDiagnostic,
	deleteDiagnostic,
	getDiagnostic,
	listDiagnostics,
	RevisionConflictError,
	saveDiagnostic
} from '../../../src/lib/storage/diagnostics';
import { createNewDiagnostic, duplicateDiagnostic, renameDiagnostic } from '../../../src/lib/storage/create';

beforeEach(async () => {
	await closeDatabase();
	await deleteDB(DB_NAME);
});
afterEach(closeDatabase);

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
});
