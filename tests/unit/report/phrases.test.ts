// Every sentence the results page and the PDF build around a name, tried with every name the app
// inserts: each support option of the catalogue and each model.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/lib/content/grammar';
import { supportOptions } from '../../../src/lib/content/supports';
import { modelDescriptions } from '../../../src/lib/content/typology/models';
import { countriesMatching, optionsShown } from '../../../src/lib/report/counts';
import { alsoClose, phrasesWithName } from '../../../src/lib/report/phrases';

/** « de », « le », « la », « que » written whole before a vowel sound, or « de le », « à les »… */
const broken = /(?<!\p{L})(de|le|la|que) [aeiouyàâéèêîôûœ]|(?<!\p{L})de (le|les) |(?<!\p{L})à (le|les) /iu;

const names: [string, Mention][] = [
	...supportOptions.map((option): [string, Mention] => [option.id, option.mention]),
	...Object.values(modelDescriptions).map((model): [string, Mention] => [model.id, model.mention])
];

describe('phrases around a name', () => {
	it('read as French with known names', () => {
		const { astre, cosmin, cimob } = modelDescriptions;
		expect(alsoClose([cosmin.mention])).toBe('profil hybride, proche aussi de COSMIN');
		expect(alsoClose([cimob.mention, astre.mention])).toBe('profil hybride, proche aussi de CIMOB et d’ASTRE');
	});

	it.each(names)('%s, in every phrase that inserts a name', (_id, mention) => {
		expect(phrasesWithName.length).toBeGreaterThanOrEqual(2);
		for (const phrase of phrasesWithName) {
			const text = phrase(mention);
			expect(text).toContain(mention.text);
			expect(text).not.toMatch(broken);
		}
	});

	it('agrees counts with the French plural rules', () => {
		expect(countriesMatching(0)).toBe('Aucun pays ne correspond.');
		expect(countriesMatching(1)).toBe('1\u00a0pays correspond.');
		expect(countriesMatching(4)).toBe('4\u00a0pays correspondent.');
		expect(optionsShown(0, 12)).toBe('0\u00a0dispositif affiché sur 12.');
		expect(optionsShown(1, 1)).toBe('1\u00a0dispositif affiché sur 1.');
		expect(optionsShown(5, 12)).toBe('5\u00a0dispositifs affichés sur 12.');
	});
});
