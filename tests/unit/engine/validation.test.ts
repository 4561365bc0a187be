import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { findQuestion, findStep, visibleSteps } from '../../../src/lib/engine/questionnaire';
import { validateAnswer, validateStep } from '../../../src/lib/engine/validation';
import { parseFrenchNumber } from '../../../src/lib/engine/numbers';
import { engagedAnswers, startingAnswers } from '../../fixtures/answers';

const question = (id: string) => findQuestion(questionnaire, id)!;

describe('validation messages', () => {
	it('asks for a missing answer in words that fit the kind of question', () => {
		expect(validateAnswer(question('authority_type'), undefined, {})).toBe('Choisissez une réponse.');
		expect(validateAnswer(question('motivations'), undefined, {})).toBe('Cochez au moins une réponse.');
		expect(validateAnswer(question('authority_name'), '   ', {})).toBe('Cette réponse est obligatoire.');
		expect(validateAnswer(question('partner_countries'), undefined, {})).toBe('Choisissez au moins un pays.');
		expect(validateAnswer(question('oda_amount'), undefined, {})).toBeNull();
	});

	it('refuses « aucun » ticked with another answer', () => {
		expect(validateAnswer(question('networks'), ['none', 'cuf'], {})).toBe(
			'« Aucun réseau » ne peut pas être coché avec une autre réponse.'
		);
		expect(validateAnswer(question('networks'), ['rrma', 'cuf'], {})).toBeNull();
	});

	it('checks numbers: typed text, range, French decimals', () => {
		expect(validateAnswer(question('ri_fte'), 'deux', {})).toBe('Saisissez un nombre, par exemple 1,5.');
		expect(validateAnswer(question('ri_fte'), 0, {})).toBe('Saisissez un nombre entre 0,1 et 200.');
		expect(validateAnswer(question('ri_fte'), 2.5, {})).toBeNull();
		expect(parseFrenchNumber('1,5')).toBe(1.5);
		expect(parseFrenchNumber('20 000')).toBe(20000);
		expect(parseFrenchNumber('20\u202f000')).toBe(20000);
		expect(parseFrenchNumber('1,5,2')).toBeNull();
		expect(parseFrenchNumber('')).toBeNull();
	});

	it('refuses a choice that is not offered', () => {
		expect(validateAnswer(question('department'), '29', { region: 'pays-de-la-loire' })).toBe(
			'Choisissez une réponse dans la liste.'
		);
		expect(
			validateAnswer(question('main_motivation'), 'sdg', { motivations: ['openness', 'youth_mobility'] })
		).toBe('Choisissez une réponse dans la liste.');
		expect(validateAnswer(question('motivations'), ['not_an_option'], {})).toBe(
			'Une réponse cochée n’existe plus : décochez-la.'
		);
	});

	it('limits text length and the number of countries', () => {
		expect(validateAnswer(question('authority_name'), 'x'.repeat(121), {})).toBe(
			'Ce texte dépasse 120 caractères.'
		);
		const many = Array.from({ length: 41 }, (_, i) => `C${i}`);
		expect(validateAnswer(question('partner_countries'), many, {})).toBe('Choisissez au plus 40 pays.');
	});

	it('validates only the visible questions of a step, in order', () => {
		const organisation = findStep(questionnaire, 'organisation')!;
		const errors = validateStep(organisation, { ri_service: 'yes' });
		expect(errors.map((e) => e.questionId)).toEqual([
			'ri_fte',
			'europe_service',
			'steering',
			'departments_involved',
			'agents_outside_service',
			'delegation'
		]);
	});

	it('accepts both complete fixtures on every visible step', () => {
		for (const answers of [engagedAnswers, startingAnswers]) {
			for (const step of visibleSteps(questionnaire, answers))
				expect(validateStep(step, answers), step.id).toEqual([]);
		}
	});
});
