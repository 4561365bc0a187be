import { describe, expect, it } from 'vitest';
import { exactShares, roundShares } from '../../../../src/lib/engine/typology/shares';

describe('shares', () => {
	it('gives the points left by rounding to the largest remainders, and equal remainders to the first model', () => {
		expect(roundShares(exactShares({ humanis: 1, cosmin: 1, cimob: 1, climapart: 0, astre: 0 }))).toEqual({
			humanis: 34,
			cosmin: 33,
			cimob: 33,
			climapart: 0,
			astre: 0
		});
		expect(roundShares({ humanis: 10.2, cosmin: 10.9, cimob: 20.5, climapart: 30.2, astre: 28.2 })).toEqual({
			humanis: 10,
			cosmin: 11,
			cimob: 21,
			climapart: 30,
			astre: 28
		});
	});

	it('shows equal scores as equal shares, a smaller remainder taking the point they cannot share', () => {
		// two models level at 12 points, as in the advice review's intercommunality on water and waste
		expect(roundShares(exactShares({ humanis: 12, cosmin: 0, cimob: 2, climapart: 12, astre: 3 }))).toEqual({
			humanis: 41,
			cosmin: 0,
			cimob: 7,
			climapart: 41,
			astre: 11
		});
	});

	it('parts equal shares only when 100 cannot be reached otherwise, in the order given', () => {
		const level = exactShares({ humanis: 1, cosmin: 1, cimob: 1, climapart: 0, astre: 0 });
		expect(roundShares(level, ['cimob', 'humanis', 'cosmin', 'climapart', 'astre'])).toEqual({
			humanis: 33,
			cosmin: 33,
			cimob: 34,
			climapart: 0,
			astre: 0
		});
	});

	it('never lifts a smaller share above a larger one', () => {
		expect(roundShares({ humanis: 20.6, cosmin: 20.6, cimob: 20.5, climapart: 19.15, astre: 19.15 })).toEqual({
			humanis: 21,
			cosmin: 21,
			cimob: 20,
			climapart: 19,
			astre: 19
		});
	});

	it('splits evenly when no model has a positive score', () => {
		expect(roundShares(exactShares({ humanis: -2, cosmin: 0, cimob: 0, climapart: -1, astre: 0 }))).toEqual({
			humanis: 20,
			cosmin: 20,
			cimob: 20,
			climapart: 20,
			astre: 20
		});
	});
});
