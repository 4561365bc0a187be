// Hybrids as the study defines them (« selon la zone de coopération ou la thématique »), and gaps
// between what an authority does and how it is organised: mixes of two profile-types.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../../src/lib/content/types';
import type { ModelId } from '../../../../src/lib/engine/typology/types';
import { engaged, sharesTable } from './helpers';
import { orientationOf, profileAnswers } from '../../../fixtures/answers';

/** Both profiles' ticks together; single choices from the first, the main motivation from the second. */
function mix(first: ModelId, second: ModelId): Answers {
	const a = profileAnswers(first);
	const b = profileAnswers(second);
	const mixed: Record<string, Answers[string]> = { ...a };
	for (const [id, value] of Object.entries(b)) {
		const mine = a[id];
		if (Array.isArray(value) && Array.isArray(mine)) mixed[id] = [...new Set([...mine, ...value])];
	}
	const secondMotivations = b['motivations'];
	mixed['main_motivation'] =
		b['main_motivation'] ?? (Array.isArray(secondMotivations) ? secondMotivations[0] : undefined) ?? '';
	return mixed;
}

const withoutService: [ModelId, ModelId][] = [
	['humanis', 'cosmin'],
	['humanis', 'cimob'],
	['cosmin', 'cimob']
];

describe('hybrid profiles', () => {
	it.each(
		withoutService.flatMap(([a, b]) => [
			[a, b],
			[b, a]
		])
	)('a mix of %s and %s is read as a hybrid of both, by zone or theme', (a, b) => {
		const placement = engaged(mix(a, b));
		console.log(sharesTable(`mélange ${a} + ${b}`, placement));
		expect([...(placement.hybrid ?? [])].sort()).toEqual([a, b].sort());
		for (const part of placement.hybridParts ?? []) expect(`${part.zones}${part.themes}`, part.model).not.toBe('');
		expect(placement.sentences.hybrid).toMatch(/selon la zone de coopération ou la thématique/);
	});

	it('names, for each model, the zones and themes where the authority acts like it', () => {
		const placement = engaged(mix('humanis', 'cosmin'));
		const part = (model: ModelId) => placement.hybridParts?.find((p) => p.model === model);
		expect(part('humanis')?.zones).toMatch(/Afrique subsaharienne/);
		expect(part('cosmin')?.zones).toMatch(/Europe/);
		expect(part('cosmin')?.themes).toMatch(/Culture et patrimoine/);
	});

	it('mixes CLIMAPART and ASTRE when the authority has the services ASTRE is defined by', () => {
		expect([...(engaged(mix('astre', 'climapart')).hybrid ?? [])].sort()).toEqual(['astre', 'climapart']);
	});

	it('never mixes in a model the study’s defining traits set aside', () => {
		const placement = engaged(mix('climapart', 'humanis'));
		expect(placement.models.find((m) => m.model === 'humanis')?.excluded).toBe(true);
		expect(placement.hybrid).toBeNull();
		expect(placement.main).toBe('climapart');
	});

	it('names at most two other models: beyond, answers are spread rather than mixed', () => {
		for (const [a, b] of [
			['humanis', 'astre'],
			['cosmin', 'astre'],
			['cosmin', 'climapart']
		] as const)
			expect((engaged(mix(a, b)).hybrid ?? []).length).toBeLessThanOrEqual(3);
	});
});

describe('gap between what the authority does and how it is organised', () => {
	it('a CLIMAPART orientation without an international service stays CLIMAPART and says the gap', () => {
		const placement = engaged(orientationOf('climapart', 'humanis'));
		console.log(sharesTable('orientation CLIMAPART, organisation HUMANIS', placement));
		expect(placement.main).toBe('climapart');
		expect(placement.structuring.main).not.toBe('climapart');
		expect(placement.gap).toBe(true);
		expect(placement.sentences.organisation).toMatch(
			/^L’étude décrit le modèle CLIMAPART avec un service des relations internationales\u00a0; vous n’avez pas de service/
		);
		expect(placement.sentences.organisation).toMatch(/pas une erreur de classement/);
	});

	it('a solidarity orientation with a staffed service and a large budget is not HUMANIS: the study describes HUMANIS without either', () => {
		const placement = engaged(orientationOf('humanis', 'climapart'));
		expect(placement.orientation.main).toBe('humanis');
		expect(placement.models.find((m) => m.model === 'humanis')?.excluded).toBe(true);
		expect(placement.main).not.toBe('humanis');
		expect(placement.sentences.exclusions.join(' ')).toMatch(
			/sans service des relations internationales et avec un budget faible/
		);
	});
});
