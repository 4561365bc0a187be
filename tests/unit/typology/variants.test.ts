// One trait of a profile-type changed at a time: the placement moves the way a reader of the study expects.
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { effectiveAnswers } from '../../../src/lib/engine/questionnaire';
import { placeDiagnostic } from '../../../src/lib/engine/typology/placement';
import { engaged, profileAnswers, shareOf, with_ } from './examples';

describe('variants of the profile-types', () => {
	it('an authority with no international action gets the starting path, not a model', () => {
		const answers = effectiveAnswers(questionnaire, with_(profileAnswers('humanis'), { has_international_action: 'no' }));
		expect(placeDiagnostic(answers)).toEqual({ kind: 'starting' });
	});

	it('a European Union funding and a Europe service bring a CLIMAPART closer to ASTRE', () => {
		const base = profileAnswers('climapart');
		const richer = with_(base, { europe_service: 'yes', europe_fte: 10, budget_band: 'over_500k' });
		expect(shareOf(engaged(richer), 'astre')).toBeGreaterThan(shareOf(engaged(base), 'astre'));
		expect(engaged(richer).main).toBe('climapart');
	});

	it('an ASTRE without its Europe service leans more towards CLIMAPART but stays ASTRE', () => {
		const base = profileAnswers('astre');
		const without = with_(base, { europe_service: 'no' });
		expect(engaged(without).main).toBe('astre');
		expect(shareOf(engaged(without), 'climapart')).toBeGreaterThanOrEqual(shareOf(engaged(base), 'climapart'));
		expect(engaged(without).structuring.shares.astre).toBeLessThan(engaged(base).structuring.shares.astre);
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

	it('a CIMOB whose youth department steps back is less CIMOB on the structuring axis', () => {
		const base = profileAnswers('cimob');
		const variant = with_(base, { departments_involved: ['community_life'] });
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
