// The wording helpers that insert names: option names that hold their own « et », countries never dropped.
import { describe, expect, it } from 'vitest';
import { optionNamesFr, someCountries } from '../../../../src/lib/engine/recommendations/text';

describe('optionNamesFr', () => {
	it('joins plain names with « et », and names holding their own « et » with a semicolon', () => {
		expect(optionNamesFr(['Résacoop', 'Cités Unies France', 'DCOL'])).toBe('Résacoop, Cités Unies France et DCOL');
		expect(optionNamesFr(['JSI et VVVSI', 'Microprojets La Guilde'])).toBe(
			'JSI et VVVSI\u00a0; Microprojets La Guilde'
		);
	});
});

describe('someCountries', () => {
	it('names three countries and counts the others', () => {
		expect(someCountries(['SN', 'JP', 'US'])).toBe('Sénégal, Japon et États-Unis');
		expect(someCountries(['SN', 'JP', 'US', 'CA'])).toBe('Sénégal, Japon, États-Unis et 1 autre');
		expect(someCountries(['SN', 'JP', 'US', 'CA', 'DE'])).toBe('Sénégal, Japon, États-Unis et 2 autres');
	});
});
