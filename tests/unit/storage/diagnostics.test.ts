import { questionnaire } from '../../../src/lib/content/questionnaire';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../../src/lib/model/diagnostic';
import { DB_NAME, closeDatabase, openDatabase } from '../../../src/lib/storage/db';
import { BrokenDiagnosticError, getDiagnostic, importDiagnostics, listDiagnostics } from '../../../src/lib/storage/diagnostics';
import { resetRepository, storageMode } from '../../../src/lib/storage/repository';

afterEach(async () => {
	await closeDatabase();
	resetRepository();
	indexedDB.deleteDatabase(DB_NAME);
});

describe('diagnostics on this device', () => {
	it('lists the valid ones and reports a corrupted record apart', async () => {
		const good = createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T00:00:00Z'), 'good');
		const db = await openDatabase();
		await db.put('diagnostics', good);
		await db.put('diagnostics', { ...good, id: 'bad', answers: { authority_type: 42 } } as never);
		const { diagnostics, broken } = await listDiagnostics();
		expect(diagnostics).toEqual([good]);
		expect(broken).toEqual([{ id: 'bad', raw: expect.objectContaining({ id: 'bad' }), errors: [expect.stringContaining('authority_type')] }]);
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
