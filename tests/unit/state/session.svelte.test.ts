import { questionnaire } from '../../../src/lib/content/questionnaire';
import { describe, expect, it } from 'vitest';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { DiagnosticSession, type SaveStatus } from '../../../src/lib/state/session.svelte';
import { RevisionConflictError, isStorageFull, nextSaved } from '../../../src/lib/storage/revisions';

const start = createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T00:00:00Z'), 'd1');
const classify = (error: unknown): SaveStatus =>
	error instanceof RevisionConflictError ? 'conflict' : isStorageFull(error) ? 'full' : 'failed';

/** A one-record store with the real revision rule; `full` makes the next writes fail like a full disk. */
function store(initial: Diagnostic) {
	const state = { stored: initial, full: false };
	const persist = async (next: Diagnostic) => {
		if (state.full) throw new DOMException('quota', 'QuotaExceededError');
		state.stored = nextSaved(state.stored, next, new Date());
		return state.stored;
	};
	return { state, persist };
}

describe('DiagnosticSession when storage goes wrong', () => {
	it('says the storage is full and keeps the last good state stored', async () => {
		const { state, persist } = store(start);
		const session = new DiagnosticSession(start, persist, classify);
		session.answer('authority_name', 'Avant');
		await session.flush();
		state.full = true;
		session.answer('authority_name', 'Après');
		await session.flush();
		expect(session.status).toBe('full');
		expect(session.answers['authority_name']).toBe('Après');
		expect(state.stored.answers['authority_name']).toBe('Avant');
		state.full = false;
		session.answer('population_band', 'under_2k');
		await session.flush();
		expect(session.status).toBe('saved');
		expect(state.stored.answers).toEqual({ authority_name: 'Après', population_band: 'under_2k' });
	});

	it('stops on a conflict, and keeps mine or takes theirs as chosen', async () => {
		const { state, persist } = store(start);
		const session = new DiagnosticSession(start, persist, classify);
		state.stored = nextSaved(state.stored, { ...start, answers: { authority_name: 'Autre onglet' } }, new Date());
		session.noticeSavedElsewhere(state.stored.revision);
		expect(session.editedElsewhere).toBe(true);
		session.answer('authority_name', 'Cet onglet');
		await session.flush();
		expect(session.status).toBe('conflict');
		const theirs = (session.lastError as RevisionConflictError).stored;

		session.resolveConflict(theirs, 'mine');
		await session.flush();
		expect(session.status).toBe('saved');
		expect(session.editedElsewhere).toBe(false);
		expect(state.stored.answers['authority_name']).toBe('Cet onglet');

		const other = new DiagnosticSession(start, persist, classify);
		other.answer('authority_name', 'Vieux');
		await other.flush();
		other.resolveConflict((other.lastError as RevisionConflictError).stored, 'theirs');
		expect(other.answers['authority_name']).toBe('Cet onglet');
	});
});
