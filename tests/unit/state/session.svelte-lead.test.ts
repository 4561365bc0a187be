import { questionnaire } from '../../../src/lib/content/questionnaire';
import { describe, expect, it } from 'vitest';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { DiagnosticSession } from '../../../src/lib/state/session.svelte';

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

describe('diagnostic session', () => {
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
		await store.persist({ ...createDiagnostic(questionnaire.version, 'profile'), answers: { authority_name: 'autre onglet' } });
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
