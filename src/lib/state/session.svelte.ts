// The diagnostic being answered. Holds it as reactive state and saves every change through an
// injected function (IndexedDB in the app), one write at a time, latest state wins. When another
// tab saved meanwhile, the two are merged; only a question answered differently in each asks.
import type { AnswerValue, StepId } from '../content/types';
import type { Diagnostic } from '../model/diagnostic';
import { mergeRevisions, settled, type Merged } from '../model/merge';
import { withAnswer, withCurrentStep } from '../model/operations';
import { AT_RISK, type SaveStatus } from './save-status';

export { AT_RISK, type SaveStatus };

export type Persist = (diagnostic: Diagnostic) => Promise<Diagnostic>;

/** What another tab stored, when it conflicts with this tab: the version to show beside ours. */
export interface Conflict {
	readonly theirs: Diagnostic;
	readonly merged: Merged;
}

export interface SessionOptions {
	readonly classify?: (error: unknown) => SaveStatus;
	/** the stored record another tab wrote, when `error` says a save was refused for it */
	readonly storedBy?: (error: unknown) => Diagnostic | null;
	/** the device cannot store: a successful « save » only keeps the answers in this page */
	readonly inMemory?: boolean;
}

export class DiagnosticSession {
	diagnostic: Diagnostic = $state.raw() as Diagnostic;
	status: SaveStatus = $state('saved');
	lastError: unknown = $state.raw(null);
	conflict: Conflict | null = $state.raw(null);
	/** another tab has just saved this diagnostic: this tab's next save merges with it */
	editedElsewhere = $state(false);

	#persist: Persist;
	#classify: (error: unknown) => SaveStatus;
	#storedBy: (error: unknown) => Diagnostic | null;
	#kept: SaveStatus;
	/** the last state known to be stored: the common ancestor of a merge */
	#base: Diagnostic;
	#pending: Diagnostic | null = null;
	#draining: Promise<void> | null = null;

	constructor(diagnostic: Diagnostic, persist: Persist, options: SessionOptions = {}) {
		this.diagnostic = diagnostic;
		this.#persist = persist;
		this.#classify = options.classify ?? (() => 'failed');
		this.#storedBy = options.storedBy ?? (() => null);
		this.#kept = options.inMemory ? 'memory' : 'saved';
		this.status = this.#kept;
		this.#base = diagnostic;
	}

	get answers() {
		return this.diagnostic.answers;
	}

	answer(questionId: string, value: AnswerValue | undefined): void {
		this.#update(withAnswer(this.diagnostic, questionId, value));
	}

	goTo(stepId: StepId): void {
		if (this.diagnostic.currentStepId !== stepId) this.#update(withCurrentStep(this.diagnostic, stepId));
	}

	update(change: (diagnostic: Diagnostic) => Diagnostic): void {
		this.#update(change(this.diagnostic));
	}

	/** Resolves when every change so far has been written (or has failed). */
	async flush(): Promise<void> {
		while (this.#draining) await this.#draining;
	}

	/** After a conflict: the conflicting questions take this tab's values, or the other tab's. */
	resolveConflict(keep: 'mine' | 'theirs'): void {
		const conflict = this.conflict;
		if (!conflict) return;
		this.conflict = null;
		this.status = this.#kept;
		this.lastError = null;
		// merged again: answers given while the question was waiting are kept too
		const merged = mergeRevisions(this.#base, this.diagnostic, conflict.theirs);
		this.#adopt(conflict.theirs, settled(merged, conflict.theirs, keep));
	}

	/** Told by another tab that it saved this diagnostic at `revision`. */
	noticeSavedElsewhere(revision: number): void {
		if (revision > this.#base.revision) this.editedElsewhere = true;
	}

	/** Builds on what another tab stored: the next save starts from its revision. */
	#adopt(theirs: Diagnostic, merged: Diagnostic): void {
		this.#base = theirs;
		this.editedElsewhere = false;
		this.#update({ ...merged, revision: theirs.revision, updatedAt: theirs.updatedAt });
	}

	#update(next: Diagnostic): void {
		this.diagnostic = next;
		if (this.status === 'conflict') return;
		this.#pending = next;
		this.#draining ??= this.#drain().finally(() => (this.#draining = null));
	}

	async #drain(): Promise<void> {
		while (this.#pending) {
			const next: Diagnostic = { ...this.#pending, revision: this.#base.revision };
			this.#pending = null;
			this.status = 'saving';
			try {
				const saved = await this.#persist(next);
				this.#base = saved;
				this.diagnostic = { ...this.diagnostic, revision: saved.revision, updatedAt: saved.updatedAt };
				this.status = this.#pending ? 'saving' : this.#kept;
				this.lastError = null;
			} catch (error) {
				this.lastError = error;
				const theirs = this.#storedBy(error);
				if (theirs) this.#merge(theirs);
				else this.status = this.#classify(error);
			}
		}
	}

	/** Another tab saved first: keep both tabs' answers, and ask only about a question both changed. */
	#merge(theirs: Diagnostic): void {
		const merged = mergeRevisions(this.#base, this.diagnostic, theirs);
		if (merged.conflicts.length === 0) {
			this.lastError = null;
			this.#adopt(theirs, merged.diagnostic);
			return;
		}
		this.#pending = null;
		this.conflict = { theirs, merged };
		this.status = 'conflict';
	}
}
