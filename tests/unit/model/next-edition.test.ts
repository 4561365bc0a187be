import { questionnaire } from '../../../src/lib/content/questionnaire';
import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../../src/lib/model/diagnostic';
import { nextEdition } from '../../../src/lib/model/operations';
import { engagedAnswers } from '../../fixtures/answers';

describe('a new edition of a diagnostic', () => {
	const previous = {
		...createDiagnostic(questionnaire.version, 'profile', new Date('2025-03-01T09:00:00Z'), 'y2025'),
		answers: engagedAnswers,
		currentStepId: 'needs',
		revision: 12,
		completedAt: '2025-03-01T10:00:00.000Z',
		lastExportedAt: '2025-03-02T10:00:00.000Z'
	};
	const edition = nextEdition(previous, 'profile', new Date('2026-03-01T09:00:00Z'), 'y2026');

	it('is a new record linked to the previous one, with its answers as a starting point', () => {
		expect(edition).toMatchObject({
			id: 'y2026',
			previousEditionId: 'y2025',
			answers: engagedAnswers,
			revision: 0
		});
		expect(edition.createdAt).toBe('2026-03-01T09:00:00.000Z');
	});

	it('is reviewed from the first step, not complete, and never exported yet', () => {
		expect(edition.currentStepId).toBe('profile');
		expect(edition.completedAt).toBeUndefined();
		expect(edition.lastExportedAt).toBeUndefined();
	});
});
