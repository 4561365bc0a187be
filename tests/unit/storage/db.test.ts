import { questionnaire } from '../../../src/lib/content/questionnaire';
import { openDB } from 'idb';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DB_VERSION, closeDatabase, openDatabase, setDatabaseEvents } from '../../../src/lib/storage/db';
import { getDiagnostic, listDiagnostics } from '../../../src/lib/storage/diagnostics';
import { resetRepository } from '../../../src/lib/storage/repository';

const v1Records = JSON.parse(
	readFileSync(new URL('../../fixtures/migrations/db-v1-records.json', import.meta.url), 'utf8')
) as { id: string }[];

/** The database exactly as version 1 of the app created it, with records in it. */
async function seedVersion1(): Promise<void> {
	const db = await openDB(DB_NAME, 1, {
		upgrade(database) {
			const store = database.createObjectStore('diagnostics', { keyPath: 'id' });
			store.createIndex('by-updated', 'updatedAt');
		}
	});
	for (const record of v1Records) await db.put('diagnostics', record);
	db.close();
}

afterEach(async () => {
	await closeDatabase();
	resetRepository();
	setDatabaseEvents({});
	indexedDB.deleteDatabase(DB_NAME);
});

describe('database upgrade', () => {
	it('goes from version 1 to the current version keeping every record', async () => {
		await seedVersion1();
		const db = await openDatabase();
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(['diagnostics', 'meta']);
		expect(await db.getAll('diagnostics')).toEqual([...v1Records].sort((a, b) => a.id.localeCompare(b.id)));
		await db.put('meta', true, 'persistence-asked');
		expect(await db.get('meta', 'persistence-asked')).toBe(true);
	});

	it('reads records of a v1 database, migrating a beta one on the way', async () => {
		await seedVersion1();
		const { diagnostics, broken } = await listDiagnostics();
		expect(broken).toEqual([]);
		expect(diagnostics.map((d) => d.id)).toEqual(['v1-0001', 'beta-0003']);
		expect(await getDiagnostic('beta-0003')).toMatchObject({
			questionnaireVersion: questionnaire.version,
			currentStepId: 'budget',
			answers: { has_international_action: 'yes', budget_band: 'over_500k' }
		});
	});

	it('reports a tab that blocks the upgrade instead of hanging silently', async () => {
		await seedVersion1();
		const old = await openDB(DB_NAME, 1); // an old tab that never closes its connection
		const onBlocked = vi.fn();
		const onUnblocked = vi.fn();
		setDatabaseEvents({ onBlocked, onUnblocked });
		const opening = openDatabase();
		await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledOnce());
		old.close();
		expect((await opening).version).toBe(DB_VERSION);
		expect(onUnblocked).toHaveBeenCalledOnce();
	});
});
