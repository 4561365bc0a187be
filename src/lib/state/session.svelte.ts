// The diagnostic being answered. Holds it as reactive state and saves every change through an
// injected function (IndexedDB in the app), one write at a time, latest state wins.
import type { AnswerValue, StepId } from '../content/types';
import type { Diagnostic } from '../model/diagnostic';
import { withAnswer, withCurrentStep } from '../model/operations';

/** failed: not written (kept on screen); full: the device's storage is full; conflict: another tab wrote since */
export type SaveStatus = 'saved' | 'saving' | 'failed' | 'full' | 'conflict';

export type Persist = (diagnostic: Diagnostic) => Promise<Diagnostic>;

export class DiagnosticSession {
	diagnostic: Diagnostic = $state.raw() as Diagnostic;
	status: SaveStatus = $state('saved');
	lastError: unknown = $state.raw(null);
	/** another tab has just saved this diagnostic: the next save here will ask which version to keep */
	editedElsewhere = $state(false);

	#persist: Persist;
	#classify: (error: unknown) => SaveStatus;
	/** revision of the last state known to be stored */
	#storedRevision: number;
	#pending: Diagnostic | null = null;
	#draining: Promise<void> | null = null;

	constructor(diagnostic: Diagnostic, persist: Persist, classify: (error: unknown) => SaveStatus = () => 'failed') {
		this.diagnostic = diagnostic;
		this.#persist = persist;
		this.#classify = classify;
		this.#storedRevision = diagnostic.revision;
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

	/** After a conflict: adopt the other tab's version, or keep ours by building on theirs. */
	resolveConflict(stored: Diagnostic, keep: 'theirs' | 'mine'): void {
		this.#storedRevision = stored.revision;
		this.status = 'saved';
		this.lastError = null;
		this.editedElsewhere = false;
		if (keep === 'theirs') {
			this.diagnostic = stored;
			this.#pending = null;
		} else {
			this.#update({ ...this.diagnostic, revision: stored.revision });
		}
	}

	/** Told by another tab that it saved this diagnostic at `revision`. */
	noticeSavedElsewhere(revision: number): void {
		if (revision > this.#storedRevision) this.editedElsewhere = true;
	}

	#update(next: Diagnostic): void {
		this.diagnostic = next;
		if (this.status === 'conflict') return;
		this.#pending = next;
		this.#draining ??= this.#drain().finally(() => (this.#draining = null));
	}

	async #drain(): Promise<void> {
		while (this.#pending) {
			const next: Diagnostic = { ...this.#pending, revision: this.#storedRevision };
			this.#pending = null;
			this.status = 'saving';
			try {
				const saved = await this.#persist(next);
				this.#storedRevision = saved.revision;
				this.diagnostic = { ...this.diagnostic, revision: saved.revision, updatedAt: saved.updatedAt };
				this.status = this.#pending ? 'saving' : 'saved';
				this.lastError = null;
			} catch (error) {
				this.lastError = error;
				this.status = this.#classify(error);
				if (this.status === 'conflict') this.#pending = null;
			}
		}
	}
}
