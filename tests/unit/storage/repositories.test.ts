import { questionnaire } from '../../../src/lib/content/questionnaire';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { duplicated } from '../../../src/lib/model/operations';
import { DB_NAME, closeDatabase } from '../../../src/lib/storage/db';
import { idbRepository } from '../../../src/lib/storage/idb-repository';
import { memoryRepository } from '../../../src/lib/storage/memory-repository';
import type { Repository } from '../../../src/lib/storage/repository';
import { DiagnosticNotFoundError, RevisionConflictError } from '../../../src/lib/storage/revisions';

const now = new Date('2026-02-01T10:00:00.000Z');
const make = (id: string, answers: Diagnostic['answers'] = {}): Diagnostic => ({
	...createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T10:00:00.000Z'), id),
	answers
});

// Both repositories must keep the same promises: the app cannot tell which one it is using.
describe.each([
	['IndexedDB', () => idbRepository],
	['memory', () => memoryRepository()]
])('%s repository', (_name, create: () => Repository) => {
	let repo: Repository;
	beforeEach(() => {
		repo = create();
	});
	afterEach(async () => {
		await closeDatabase();
		indexedDB.deleteDatabase(DB_NAME);
	});

	it('saves from the stored revision only', async () => {
		await repo.add(make('a'));
		const saved = await repo.save({ ...make('a'), title: 'Premier' }, now);
		expect(saved).toMatchObject({ revision: 1, title: 'Premier', updatedAt: now.toISOString() });
		await expect(repo.save({ ...make('a'), title: 'Vieux' }, now)).rejects.toBeInstanceOf(RevisionConflictError);
		await expect(repo.save(make('b'), now)).rejects.toBeInstanceOf(DiagnosticNotFoundError);
		expect(await repo.get('a')).toEqual(saved);
	});

	it('records an export without a new revision, and a later save keeps it', async () => {
		await repo.add(make('a'));
		await repo.markExported([{ id: 'a', revision: 0 }], now.toISOString());
		expect(await repo.get('a')).toMatchObject({ revision: 0, lastExportedAt: now.toISOString() });
		const saved = await repo.save({ ...make('a'), title: 'Après export' }, new Date('2026-02-02T00:00:00.000Z'));
		expect(saved.lastExportedAt).toBe(now.toISOString());
	});

	it('imports as a copy when the id is taken, never over the existing one', async () => {
		const existing = { ...make('a', { authority_name: 'Ici' }), revision: 3 };
		await repo.add(existing);
		const imported = await repo.addAll([make('a', { authority_name: 'Ailleurs' }), make('b')], (d) =>
			duplicated(d, now, 'a-copy')
		);
		expect(imported.map((r) => [r.diagnostic.id, r.copyOf])).toEqual([
			['a-copy', 'a'],
			['b', undefined]
		]);
		expect(await repo.get('a')).toEqual(existing);
		expect(await repo.get('a-copy')).toMatchObject({ answers: { authority_name: 'Ailleurs' }, revision: 0 });
	});

	it('keeps settings apart and clears everything', async () => {
		await repo.add(make('a'));
		await repo.setMeta('persistence-asked', true);
		expect(await repo.getMeta('persistence-asked')).toBe(true);
		await repo.clear();
		expect(await repo.all()).toEqual([]);
		expect(await repo.getMeta('persistence-asked')).toBeUndefined();
	});
});

describe('IndexedDB repository import', () => {
	afterEach(async () => {
		await closeDatabase();
		indexedDB.deleteDatabase(DB_NAME);
	});

	it('imports nothing when one record cannot be written', async () => {
		const unstorable = { ...make('c'), title: (() => undefined) as unknown as string };
		await expect(idbRepository.addAll([make('a'), unstorable], (d) => d)).rejects.toThrow();
		expect(await idbRepository.all()).toEqual([]);
	});
});
