import { describe, expect, it } from 'vitest';
import { HYBRID_MARGIN } from '../../../src/lib/content/typology/settings';
import { modelIds } from '../../../src/lib/engine/typology/types';
import { engaged, profileAnswers, sharesTable, with_ } from './examples';

describe('the five profile-types of typologie.md', () => {
	it.each(modelIds)('the %s profile-type lands in its own model, clearly ahead of the second', (model) => {
		const placement = engaged(profileAnswers(model));
		console.log(sharesTable(`profil-type ${model}`, placement));
		const [first, second] = placement.models;
		expect(placement.main).toBe(model);
		expect(placement.orientation.main).toBe(model);
		expect(placement.structuring.main).toBe(model);
		expect(placement.gap).toBe(false);
		expect(placement.hybrid).toBeNull();
		expect((first?.share ?? 0) - (second?.share ?? 0)).toBeGreaterThan(HYBRID_MARGIN + 5);
	});

	it('explains each profile-type by the answers the study names for it', () => {
		const climapart = engaged(profileAnswers('climapart')).models.find((m) => m.model === 'climapart');
		const rules = climapart?.evidenceFor.map((e) => e.ruleId) ?? [];
		expect(rules).toEqual(expect.arrayContaining(['ri_service.yes', 'budget_line.yes', 'external_funding.afd_ficol', 'themes.water_sanitation']));
	});

	it('counts the zones of the partner countries even when the zone was not ticked', () => {
		const answers = with_(profileAnswers('humanis'), { zones: ['europe'] });
		const humanis = engaged(answers).models.find((m) => m.model === 'humanis');
		expect(humanis?.evidenceFor.map((e) => e.answer)).toContain('Afrique subsaharienne (d’après vos pays partenaires\u00a0: Madagascar, Sénégal)');
	});

	it('weighs the absence of a service against the structured models, with its reason', () => {
		const placement = engaged(profileAnswers('cosmin'));
		const against = placement.models.find((m) => m.model === 'climapart')?.evidenceAgainst ?? [];
		expect(against.find((e) => e.ruleId === 'ri_service.no')).toMatchObject({ answer: 'Non', weight: -2, axis: 'structuring' });
	});
});
