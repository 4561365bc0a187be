import { questionnaire } from '../../../src/lib/content/questionnaire';
import { describe, expect, it } from 'vitest';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { DiagnosticSession, type SaveStatus } from '../../../src/lib/state/session.svelte';
import { RevisionConflictError, isStorageFull, nextSaved } from '../../../src/lib/storage/revisions';

const start = createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T00:00:00Z'), 'd1');
const classify = (error: unknown): SaveStatus =>
	error instanceof RevisionConflictError ? 'conflict' : isStorageFull(error) ? 'full' : 'failed';
const options = {
	classify,
	storedBy: (error: unknown) => (error instanceof RevisionConflictError ? error.stored : null)
};

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

/** A store that records each write, a moment after it is asked, with a bare revision check. */
function recordingStore() {
	const writes: Diagnostic[] = [];
	let revision = 0;
	const persist = async (d: Diagnostic) => {
		await new Promise((resolve) => setTimeout(resolve, 1));
		if (d.revision !== revision) throw new Error('conflict');
		revision += 1;
		const saved = { ...d, revision };
		writes.push(saved);
		return saved;
	};
	return { writes, persist };
}

describe('DiagnosticSession saving', () => {
	it('writes every change, one at a time, the latest state last', async () => {
		const store = recordingStore();
		const session = new DiagnosticSession(createDiagnostic(questionnaire.version, 'profile'), store.persist);
		session.answer('authority_name', 'A');
		session.answer('authority_name', 'AB');
		session.answer('authority_type', 'region');
		expect(session.status).toBe('saving');
		await session.flush();
		expect(session.status).toBe('saved');
		expect(store.writes.at(-1)?.answers).toEqual({ authority_name: 'AB', authority_type: 'region' });
		// intermediate states are coalesced, never written out of order
		expect(store.writes.length).toBeLessThanOrEqual(3);
		expect(store.writes.map((w) => w.revision)).toEqual(store.writes.map((_, i) => i + 1));
	});

	it('removes an answer cleared by the user', async () => {
		const store = recordingStore();
		const session = new DiagnosticSession(createDiagnostic(questionnaire.version, 'profile'), store.persist);
		session.answer('authority_name', 'A');
		session.answer('authority_name', undefined);
		await session.flush();
		expect(store.writes.at(-1)?.answers).toEqual({});
	});

	it('says when a save failed and keeps the answers in memory', async () => {
		const session = new DiagnosticSession(createDiagnostic(questionnaire.version, 'profile'), async () => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		session.answer('authority_name', 'Brest');
		await session.flush();
		expect(session.status).toBe('failed');
		expect(session.answers).toEqual({ authority_name: 'Brest' });
	});

	it('stops writing after a conflict until the user chooses a version', async () => {
		const store = recordingStore();
		const session = new DiagnosticSession(createDiagnostic(questionnaire.version, 'profile'), store.persist, {
			storedBy: () => store.writes.at(-1) ?? null
		});
		await store.persist({
			...createDiagnostic(questionnaire.version, 'profile'),
			answers: { authority_name: 'autre onglet' }
		});
		session.answer('authority_name', 'moi');
		await session.flush();
		expect(session.status).toBe('conflict');
		session.answer('authority_type', 'region');
		await session.flush();
		expect(store.writes).toHaveLength(1);
		session.resolveConflict('mine');
		await session.flush();
		expect(session.status).toBe('saved');
		expect(store.writes.at(-1)?.answers).toEqual({ authority_name: 'moi', authority_type: 'region' });
	});
});

describe('DiagnosticSession when storage goes wrong', () => {
	it('says the storage is full and keeps the last good state stored', async () => {
		const { state, persist } = store(start);
		const session = new DiagnosticSession(start, persist, { classify });
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
		const session = new DiagnosticSession(start, persist, options);
		state.stored = nextSaved(state.stored, { ...start, answers: { authority_name: 'Autre onglet' } }, new Date());
		session.noticeSavedElsewhere(state.stored.revision);
		expect(session.editedElsewhere).toBe(true);
		session.answer('authority_name', 'Cet onglet');
		await session.flush();
		expect(session.status).toBe('conflict');
		expect(session.conflict?.merged.conflicts).toEqual(['authority_name']);
		expect(session.conflict?.theirs.answers['authority_name']).toBe('Autre onglet');

		session.resolveConflict('mine');
		await session.flush();
		expect(session.status).toBe('saved');
		expect(session.editedElsewhere).toBe(false);
		expect(state.stored.answers['authority_name']).toBe('Cet onglet');

		const other = new DiagnosticSession(start, persist, options);
		other.answer('authority_name', 'Vieux');
		await other.flush();
		other.resolveConflict('theirs');
		expect(other.answers['authority_name']).toBe('Cet onglet');
	});
});

describe('DiagnosticSession in two tabs', () => {
	it('merges answers to different questions without asking (issue 16, item 5)', async () => {
		const { state, persist } = store(start);
		const a = new DiagnosticSession(start, persist, options);
		const b = new DiagnosticSession(start, persist, options);
		a.answer('authority_name', 'Brest');
		a.answer('authority_type', 'municipality');
		await a.flush();
		b.answer('population_band', 'over_100k');
		b.answer('respondent_role', 'elected');
		await b.flush();
		expect(b.status).toBe('saved');
		expect(b.conflict).toBeNull();
		const all = {
			authority_name: 'Brest',
			authority_type: 'municipality',
			population_band: 'over_100k',
			respondent_role: 'elected'
		};
		expect(state.stored.answers).toEqual(all);
		expect(b.answers).toEqual(all);
		// A, not reloaded, answers once more: B's answers are kept too
		a.answer('region', 'bretagne');
		await a.flush();
		expect(state.stored.answers).toEqual({ ...all, region: 'bretagne' });
	});

	it('asks only about the question both tabs answered differently, the rest merged', async () => {
		const { state, persist } = store(start);
		const a = new DiagnosticSession(start, persist, options);
		const b = new DiagnosticSession(start, persist, options);
		a.answer('authority_type', 'region');
		a.answer('authority_name', 'Bretagne');
		await a.flush();
		b.answer('authority_type', 'municipality');
		b.answer('population_band', 'under_2k');
		await b.flush();
		expect(b.status).toBe('conflict');
		expect(b.conflict?.merged.conflicts).toEqual(['authority_type']);
		expect(b.conflict?.theirs.answers['authority_type']).toBe('region');
		b.resolveConflict('theirs');
		await b.flush();
		expect(state.stored.answers).toEqual({
			authority_type: 'region',
			authority_name: 'Bretagne',
			population_band: 'under_2k'
		});
	});
});

describe('DiagnosticSession without storage', () => {
	it('never says « saved » when answers only live in the page', async () => {
		const { persist } = store(start);
		const session = new DiagnosticSession(start, persist, { ...options, inMemory: true });
		expect(session.status).toBe('memory');
		session.answer('authority_name', 'Ouessant');
		await session.flush();
		expect(session.status).toBe('memory');
	});
});
