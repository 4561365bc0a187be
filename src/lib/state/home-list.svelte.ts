// The diagnostics on this device as the home page lists them: read, paged, and changed (export,
// duplicate, rename, delete). Each action says in French what happened, or what this device's
// storage refused and what to do; the component only shows and asks.
import { displayName, type Diagnostic } from '../model/diagnostic';
import { duplicateDiagnostic, renameDiagnostic } from '../storage/create';
import { deleteDiagnostic, listDiagnostics, type BrokenRecord } from '../storage/diagnostics';
import { persistence, type Persistence } from '../storage/persistence';
import { storageMode, type StorageMode } from '../storage/repository';
import { exportStored, type OfferFile } from './export';
import { pageWindow } from './paging';
import { attempt } from './storage-failure';

/** a page of cards at a time: a portfolio of thousands would take seconds to lay out */
const CARDS_PER_PAGE = 20;

export type { BrokenRecord, Persistence, StorageMode };

export class HomeList {
	/** null until the first reading */
	diagnostics: Diagnostic[] | null = $state.raw(null);
	broken: BrokenRecord[] = $state.raw([]);
	storage: { mode: StorageMode; persistence: Persistence } | null = $state.raw(null);
	loadError: string | null = $state(null);
	/** what the last action did, for a status message */
	message = $state('');
	/** an action this device's storage refused: said once, in an alert, until the next action */
	failure = $state('');
	page = $state(1);
	readonly shown = $derived.by(() => pageWindow(this.diagnostics?.length ?? 0, this.page, CARDS_PER_PAGE));
	readonly onPage = $derived(this.diagnostics?.slice(this.shown.start, this.shown.end) ?? null);

	/** Reads the list and the storage's state side by side, shown in one update (laid out once). */
	async refresh(): Promise<void> {
		const [read, mode, persisted] = await Promise.all([
			listDiagnostics().catch(() => null),
			storageMode(),
			persistence().catch((): Persistence => 'unknown')
		]);
		if (read) {
			this.diagnostics = read.diagnostics;
			this.broken = read.broken;
			this.loadError = null;
		} else {
			this.loadError = 'La liste des diagnostics n’a pas pu être lue sur cet appareil.';
			this.diagnostics = [];
		}
		this.storage = { mode, persistence: persisted };
	}

	async refreshWith(message: string): Promise<void> {
		await this.refresh();
		this.message = message;
	}

	async exportAll(list: readonly Diagnostic[], offer: OfferFile): Promise<void> {
		const outcome = await this.#act(
			() =>
				exportStored(
					list.map((d) => d.id),
					offer
				),
			'L’export n’a pas été fait'
		);
		if (outcome) await this.refreshWith(outcome.message);
	}

	async duplicate(diagnostic: Diagnostic): Promise<void> {
		const failed = `La copie de « ${displayName(diagnostic)} » n’a pas été créée`;
		const copy = await this.#act(() => duplicateDiagnostic(diagnostic.id), failed);
		if (copy) await this.refreshWith(`« ${displayName(copy)} » a été créé.`);
	}

	/** True when the new name is stored. */
	async rename(diagnostic: Diagnostic, title: string): Promise<boolean> {
		const saved = await this.#act(() => renameDiagnostic(diagnostic.id, title), 'Le nom n’a pas été changé');
		if (!saved) return false;
		await this.refreshWith(`Le diagnostic s’appelle désormais « ${displayName(saved)} ».`);
		return true;
	}

	async remove(diagnostic: Diagnostic): Promise<void> {
		const name = displayName(diagnostic);
		const done = await this.#act(
			() => deleteDiagnostic(diagnostic.id).then(() => true),
			`« ${name} » n’a pas été supprimé`
		);
		if (done) await this.refreshWith(`« ${name} » a été supprimé.`);
	}

	async removeBroken(record: BrokenRecord): Promise<void> {
		const failed = 'Le diagnostic endommagé n’a pas été supprimé';
		const done = await this.#act(() => deleteDiagnostic(record.id).then(() => true), failed);
		if (done) await this.refreshWith('Le diagnostic endommagé a été supprimé.');
	}

	/** Runs a storage action; on failure, says why and what to do instead of throwing. */
	async #act<T>(action: () => Promise<T>, failed: string): Promise<T | undefined> {
		this.failure = '';
		const outcome = await attempt(action, failed);
		if (!outcome.ok) this.failure = outcome.message;
		return outcome.ok ? outcome.value : undefined;
	}
}
