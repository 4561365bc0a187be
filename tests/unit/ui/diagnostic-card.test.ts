import { questionnaire } from '../../../src/lib/content/questionnaire';
import { describe, expect, it } from 'vitest';
import { engagedAnswers } from '../../fixtures/answers';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { cardFacts } from '../../../src/lib/ui/diagnostic-card';

const fresh = createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T00:00:00Z'), 'd-1');

describe('home card facts', () => {
	it('sends an unfinished diagnostic back to its step, with its progress', () => {
		const started: Diagnostic = { ...fresh, answers: { authority_type: 'municipality' }, currentStepId: 'profile' };
		const facts = cardFacts(started);
		expect(facts.complete).toBe(false);
		expect(facts.progress).toMatch(/^En cours, [1-9]\d?\u00a0%$/);
		expect(facts.href).toMatch(/\/questionnaire\/profile\?d=d-1$/);
		expect(facts.typeLabel).toBe('Commune ou ville');
	});

	it('sends a complete diagnostic to its summary', () => {
		expect(cardFacts({ ...fresh, answers: engagedAnswers })).toMatchObject({
			complete: true,
			progress: 'Terminé',
			href: expect.stringMatching(/\/recapitulatif\?d=d-1$/)
		});
	});

	it('says when the type is not given yet', () => {
		expect(cardFacts(fresh)).toMatchObject({
			complete: false,
			progress: 'Pas commencé',
			typeLabel: 'Type non renseigné'
		});
	});

	it('keeps a new edition « En cours » at its first step until it is finished again', () => {
		const edition: Diagnostic = { ...fresh, answers: engagedAnswers, previousEditionId: 'd-0' };
		expect(cardFacts(edition)).toMatchObject({
			complete: false,
			progress: 'En cours',
			href: expect.stringMatching(/\/questionnaire\/profile\?d=d-1$/)
		});
		expect(cardFacts({ ...edition, completedAt: '2026-02-01T00:00:00.000Z' })).toMatchObject({
			complete: true,
			progress: 'Terminé'
		});
	});
});
