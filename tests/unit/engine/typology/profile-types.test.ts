import { describe, expect, it } from 'vitest';
import { modelIds } from '../../../../src/lib/engine/typology/types';
import { engaged, sharesTable, with_ } from './helpers';
import { profileAnswers } from '../../../fixtures/answers';

describe('the five profile-types of typologie.md', () => {
	it.each(modelIds)(
		'the %s profile-type lands in its own model, read first in its orientation, with the organisation the study describes',
		(model) => {
			const placement = engaged(profileAnswers(model));
			console.log(sharesTable(`profil-type ${model}`, placement));
			expect(placement.main).toBe(model);
			expect(placement.orientation.main).toBe(model);
			expect(placement.structuring.main).toBe(model);
			expect(placement.gap).toBe(false);
			expect(placement.atypical).toBe(false);
			expect(placement.hybrid).toBeNull();
			expect(placement.models.find((m) => m.model === model)?.excluded).toBe(false);
			const [first, second] = placement.models;
			expect((first?.share ?? 0) - (second?.share ?? 0)).toBeGreaterThanOrEqual(10);
		}
	);

	it('explains each profile-type by the answers the study names for it', () => {
		const climapart = engaged(profileAnswers('climapart')).models.find((m) => m.model === 'climapart');
		const said = climapart?.evidenceFor.map((e) => e.answer).join(' | ') ?? '';
		for (const answer of [
			'Eau et assainissement',
			'AFD : facilité FICOL',
			'Structuration de services publics',
			'Au moins quatre zones du monde'
		])
			expect(said).toContain(answer.replace(' :', '\u00a0:'));
		expect(climapart?.evidenceFor.map((e) => e.ruleId)).toEqual(
			expect.arrayContaining(['ri_service.yes', 'budget_line.yes'])
		);
	});

	it('counts the zones of the partner countries even when the zone was not ticked', () => {
		const answers = with_(profileAnswers('humanis'), { zones: ['europe'] });
		const humanis = engaged(answers).models.find((m) => m.model === 'humanis');
		expect(humanis?.evidenceFor.map((e) => e.answer)).toContain(
			'Afrique subsaharienne, d’après vos pays partenaires (Madagascar, Sénégal)'
		);
	});

	it('weighs the absence of a service against the structured models, with the study’s words', () => {
		const placement = engaged(profileAnswers('cosmin'));
		const against = placement.models.find((m) => m.model === 'astre')?.evidenceAgainst ?? [];
		expect(against.find((e) => e.ruleId === 'ri_service.no')).toMatchObject({
			answer: 'Non',
			weight: -2,
			axis: 'structuring',
			trait: 'governance'
		});
		expect(against.find((e) => e.ruleId === 'ri_service.no')?.sources.map((s) => s.quote)).toContain(
			'Elles disposent généralement d’un service RI stable'
		);
	});

	it('counts one trait once: youth ticked as a motivation, a theme, an action and a direction does not add up on one trait', () => {
		const cimob = engaged(profileAnswers('cimob')).models.find((m) => m.model === 'cimob');
		const traits = cimob?.evidenceFor.filter((e) => e.questionId !== 'main_motivation').map((e) => e.trait) ?? [];
		expect(new Set(traits).size).toBe(traits.length);
	});
});
