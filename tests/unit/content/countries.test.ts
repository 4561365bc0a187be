// The partner-country list: the spellings people type, and the DAC flags the advice relies on.
import { describe, expect, it } from 'vitest';
import { countries, countryByCode, countrySearchNote, searchCountries } from '../../../src/lib/content/countries';

const first = (query: string) => searchCountries(query, 3)[0]?.code;

describe('country search', () => {
	it.each([
		['Vietnam', 'VN'],
		['viet nam', 'VN'],
		['Birmanie', 'MM'],
		['RDC', 'CD'],
		['Congo-Brazzaville', 'CG'],
		['république tchèque', 'CZ'],
		['cote d ivoire', 'CI'],
		['Québec', 'CA'],
		['Angleterre', 'GB'],
		['Sénégal', 'SN'],
		['senegal', 'SN']
	])('« %s » finds %s first', (query, code) => {
		expect(first(query)).toBe(code);
	});

	it('says why a region leads to its country, and says nothing for a country', () => {
		expect(countrySearchNote('Quebec')).toMatch(/province du Canada/);
		expect(countrySearchNote('Canada')).toBeNull();
	});
});

describe('the OECD DAC list flags', () => {
	it('flags the countries where the AFD can act, and not the others', () => {
		for (const code of ['SN', 'BF', 'MA', 'MG', 'HT', 'UA', 'XK', 'PS', 'VN', 'BR'])
			expect(countryByCode(code)?.odaRecipient, code).toBe(true);
		for (const code of ['DE', 'IT', 'GB', 'US', 'CA', 'RO', 'JP', 'KR', 'TW'])
			expect(countryByCode(code)?.odaRecipient, code).toBe(false);
	});

	it('puts every least developed country on the list', () => {
		expect(countries.filter((c) => c.leastDeveloped && !c.odaRecipient)).toEqual([]);
	});
});
