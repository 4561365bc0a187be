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
		expect(facts.percent).toBeGreaterThan(0);
		expect(facts.percent).toBeLessThan(100);
		expect(facts.href).toMatch(/\/questionnaire\/profile\?d=d-1$/);
		expect(facts.typeLabel).toBe('Commune ou ville');
	});

	it('sends a complete diagnostic to its summary', () => {
		expect(cardFacts({ ...fresh, answers: engagedAnswers })).toMatchObject({
			complete: true,
			percent: 100,
			href: expect.stringMatching(/\/recapitulatif\?d=d-1$/)
		});
	});

	it('says when the type is not given yet', () => {
		expect(cardFacts(fresh)).toMatchObject({ complete: false, percent: 0, typeLabel: 'Type non renseigné' });
	});
});
