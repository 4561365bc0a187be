// One trait of a profile-type changed at a time: the placement moves the way a reader of the study expects.
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../../src/lib/content/questionnaire';
import { effectiveAnswers } from '../../../../src/lib/engine/questionnaire';
import { placeDiagnostic } from '../../../../src/lib/engine/typology/placement';
import { engaged, shareOf, with_ } from './helpers';
import { profileAnswers } from '../../../fixtures/answers';

describe('variants of the profile-types', () => {
	it('an authority with no international action gets the starting path, not a model', () => {
		const answers = effectiveAnswers(
			questionnaire,
			with_(profileAnswers('humanis'), { has_international_action: 'no' })
		);
		expect(placeDiagnostic(answers)).toEqual({ kind: 'starting' });
	});

	it('a Europe service and more than 500 000 € organise a CLIMAPART like an ASTRE, but its model still follows what it does', () => {
		const base = profileAnswers('climapart');
		const richer = with_(base, {
			europe_service: 'yes',
			europe_fte: 10,
			ri_europe_link: 'close',
			budget_band: 'over_500k'
		});
		expect(engaged(richer).structuring.shares.astre).toBeGreaterThan(engaged(base).structuring.shares.astre);
		expect(engaged(richer).main).toBe('climapart');
		expect(shareOf(engaged(richer), 'astre')).toBe(shareOf(engaged(base), 'astre'));
	});

	it('an ASTRE without a Europe service stays ASTRE, with no gap: the study has one only « souvent »', () => {
		const without = engaged(with_(profileAnswers('astre'), { europe_service: 'no' }));
		expect(without.main).toBe('astre');
		expect(without.models.find((m) => m.model === 'astre')?.excluded).toBe(false);
		expect(without.exclusions).toEqual([]);
		expect(without.sentences.retained).toBeNull();
		expect(without.gap).toBe(false);
		expect(without.sentences.organisation).toMatch(
			/^L’étude décrit le modèle ASTRE .*, souvent doublé d’un service Europe/
		);
		expect(without.sentences.organisation).toMatch(
			/comme lui, vous avez un service des relations internationales\.$/
		);
	});

	it('an attractiveness-led authority with no international service cannot be ASTRE: the study describes ASTRE with one', () => {
		const answers = with_(profileAnswers('astre'), {
			ri_service: 'no',
			europe_service: 'no',
			staff_time: 'work_time',
			motivations: ['attractiveness'],
			themes: ['economy_employment'],
			cooperation_kinds: ['economic']
		});
		const placement = engaged(answers);
		expect(placement.models.find((m) => m.model === 'astre')?.excluded).toBe(true);
		expect(placement.atypical).toBe(true);
		expect(placement.main).toBe('astre');
		expect(placement.sentences.atypical).toMatch(/le modèle ASTRE est retenu pour ce que vous faites/);
	});

	it('a COSMIN that leads with openness rather than social cohesion moves towards CIMOB', () => {
		const base = profileAnswers('cosmin');
		const variant = with_(base, { main_motivation: 'openness' });
		expect(engaged(variant).main).toBe('cosmin');
		expect(shareOf(engaged(variant), 'cimob')).toBeGreaterThan(shareOf(engaged(base), 'cimob'));
	});

	it('a HUMANIS whose motivation is youth mobility moves towards CIMOB', () => {
		const base = profileAnswers('humanis');
		const variant = with_(base, { motivations: ['youth_mobility'] });
		expect(shareOf(engaged(variant), 'cimob')).toBeGreaterThan(shareOf(engaged(base), 'cimob') + 5);
	});

	it('a CIMOB whose youth and community-life departments step back is less CIMOB on the structuring axis', () => {
		const base = profileAnswers('cimob');
		const variant = with_(base, { departments_involved: ['culture'] });
		expect(engaged(variant).structuring.shares.cimob).toBeLessThan(engaged(base).structuring.shares.cimob);
		expect(engaged(variant).main).toBe('cimob');
	});

	it('a CLIMAPART whose main motivation is solidarity stays CLIMAPART but nears HUMANIS', () => {
		const base = profileAnswers('climapart');
		const variant = with_(base, { main_motivation: 'international_solidarity' });
		expect(engaged(variant).main).toBe('climapart');
		expect(shareOf(engaged(variant), 'humanis')).toBeGreaterThan(shareOf(engaged(base), 'humanis'));
	});

	it('a COSMIN that stops delegating to its twinning committees is less COSMIN in its organisation', () => {
		const base = profileAnswers('cosmin');
		const variant = with_(base, { delegation: 'no' });
		expect(engaged(variant).structuring.shares.cosmin).toBeLessThan(engaged(base).structuring.shares.cosmin);
	});
});

describe('a Europe service without an RI service', () => {
	// the advice review's département: attractiveness, European funds and partners, no youth answer
	const departement = with_(profileAnswers('astre'), {
		authority_type: 'department',
		ri_service: 'no',
		europe_service: 'yes',
		staff_time: 'work_time',
		motivations: ['attractiveness', 'openness'],
		main_motivation: 'attractiveness',
		action_families: ['eu_funds', 'local_actor_support'],
		intervention_modes: ['calls_for_projects'],
		themes: ['sustainable_development', 'economy_employment', 'agriculture_food'],
		zones: ['europe'],
		partner_countries: ['DE', 'PL']
	});

	it('is a service: ASTRE stays open with the gap said, the models without a service are set aside', () => {
		const placement = engaged(departement);
		expect(placement.main).toBe('astre');
		expect(placement.atypical).toBe(false);
		expect(placement.organisation).toBe('europe_only');
		expect(placement.gap).toBe(true);
		expect(placement.sentences.organisation).toMatch(/vous avez un service Europe, sans service des relations/);
		for (const model of ['humanis', 'cosmin', 'cimob'])
			expect(placement.models.find((m) => m.model === model)?.excluded).toBe(true);
	});

	it('never names CIMOB without a youth, mobility or ECSI answer', () => {
		const placement = engaged(with_(departement, { europe_service: 'no', motivations: ['openness'] }));
		expect(placement.main).not.toBe('cimob');
		expect(placement.models.find((m) => m.model === 'cimob')?.excluded).toBe(true);
		const youth = engaged(with_(departement, { europe_service: 'no', themes: ['youth_mobility'] }));
		expect(youth.models.find((m) => m.model === 'cimob')?.excluded).toBe(false);
	});
});
