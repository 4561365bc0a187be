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
