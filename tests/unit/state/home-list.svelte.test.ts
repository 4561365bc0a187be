// The home page's list as a state class: what it reads, what each action does to this device's
// storage, and the French it says when the storage refuses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../src/lib/model/diagnostic';
import { HomeList } from '../../../src/lib/state/home-list.svelte';
import { createNewDiagnostic, renameDiagnostic } from '../../../src/lib/storage/create';
import { DB_NAME, closeDatabase } from '../../../src/lib/storage/db';
import { repository, resetRepository } from '../../../src/lib/storage/repository';

afterEach(async () => {
	vi.restoreAllMocks();
	await closeDatabase();
	resetRepository();
	indexedDB.deleteDatabase(DB_NAME);
});

async function named(title: string): Promise<Diagnostic> {
	return renameDiagnostic((await createNewDiagnostic()).id, title);
}

describe('the home list', () => {
	it('reads every diagnostic, pages them by twenty, and says how storage is kept', async () => {
		for (let i = 0; i < 21; i += 1) await named(`Diagnostic ${i}`);
		const list = new HomeList();
		expect(list.diagnostics).toBeNull();
		await list.refresh();
		expect(list.diagnostics).toHaveLength(21);
		expect(list.onPage).toHaveLength(20);
		list.page = 2;
		expect(list.onPage).toHaveLength(1);
		expect(list.storage?.mode).toBe('device');
	});

	it('duplicates, renames and deletes, saying each in French', async () => {
		const original = await named('Commune d’Exemple');
		const list = new HomeList();
		await list.refresh();

		await list.duplicate(original);
		expect(list.diagnostics).toHaveLength(2);
		expect(list.message).toBe('« Commune d’Exemple (copie) » a été créé.');

		expect(await list.rename(original, 'Commune d’Exemple 2026')).toBe(true);
		expect(list.message).toBe('Le diagnostic s’appelle désormais « Commune d’Exemple 2026 ».');

		await list.remove(list.diagnostics!.find((d) => d.id === original.id)!);
		expect(list.diagnostics!.map((d) => d.title)).toEqual(['Commune d’Exemple (copie)']);
		expect(list.message).toBe('« Commune d’Exemple 2026 » a été supprimé.');
		expect(list.failure).toBe('');
	});

	it('says what a full device refused, and what to do, instead of throwing', async () => {
		const original = await named('Commune pleine');
		const list = new HomeList();
		await list.refresh();
		const store = await repository();
		const full = new DOMException('quota', 'QuotaExceededError');
		vi.spyOn(store, 'add').mockRejectedValue(full);
		vi.spyOn(store, 'save').mockRejectedValue(full);

		await list.duplicate(original);
		expect(list.failure).toMatch(
			/^La copie de « Commune pleine » n’a pas été créée\u00a0: l’espace de stockage de cet appareil est plein\./
		);
		expect(await list.rename(original, 'Autre nom')).toBe(false);
		expect(list.failure).toMatch(/^Le nom n’a pas été changé\u00a0: l’espace de stockage/);
		await list.refresh();
		expect(list.diagnostics!.map((d) => d.title)).toEqual(['Commune pleine']);
	});
});
