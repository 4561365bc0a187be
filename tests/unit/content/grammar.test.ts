// The grammar of inserted names, checked on known cases and on every name the app inserts.
import { describe, expect, it } from 'vitest';
import { definite, objectPronoun, ofName, ofText, toName, type Mention } from '../../../src/lib/content/grammar';
import { supportOptions } from '../../../src/lib/content/supports';
import { modelDescriptions } from '../../../src/lib/content/typology/models';

const afd: Mention = { text: 'AFD', gender: 'feminine', article: true };
const ministry: Mention = { text: 'ministère', gender: 'masculine', article: true };
const agencies: Mention = { text: 'agences de l’eau', gender: 'feminine', plural: true, article: true };
const erasmus: Mention = { text: 'Erasmus+', gender: 'masculine' };
const cuf: Mention = { text: 'Cités Unies France', gender: 'feminine' };
const dctciv: Mention = { text: 'DCTCIV', gender: 'feminine', article: true };

describe('French grammar of inserted names', () => {
	it.each([
		[afd, 'l’AFD', 'de l’AFD', 'à l’AFD', 'la'],
		[ministry, 'le ministère', 'du ministère', 'au ministère', 'le'],
		[agencies, 'les agences de l’eau', 'des agences de l’eau', 'aux agences de l’eau', 'les'],
		[erasmus, 'Erasmus+', 'd’Erasmus+', 'à Erasmus+', 'le'],
		[cuf, 'Cités Unies France', 'de Cités Unies France', 'à Cités Unies France', 'la'],
		[dctciv, 'la DCTCIV', 'de la DCTCIV', 'à la DCTCIV', 'la']
	])('%o', (mention, article, of, to, pronoun) => {
		expect(definite(mention)).toBe(article);
		expect(ofName(mention)).toBe(of);
		expect(toName(mention)).toBe(to);
		expect(objectPronoun(mention)).toBe(pronoun);
	});

	it('elides before a typed name that begins with a vowel, never before an h', () => {
		expect(ofText('Amiens')).toBe('d’Amiens');
		expect(ofText('Écully')).toBe('d’Écully');
		expect(ofText('Hazebrouck')).toBe('de Hazebrouck');
		expect(ofText('Lyon')).toBe('de Lyon');
	});

	const names: [string, Mention][] = [
		...supportOptions.map((option): [string, Mention] => [option.id, option.mention]),
		...Object.values(modelDescriptions).map((model): [string, Mention] => [model.id, model.mention])
	];
	/** « de » / « le » / « la » / « que » written whole before a vowel sound, or « de le », « à les »… */
	const broken = /\b(de|le|la|que) [aeiouyàâéèêîôûœAEIOUYÀÂÉÈÊÎÔÛŒ]|\bde (le|les) |\bà (le|les) /;

	it.each(names)('%s reads well after « de », « à » and as a subject', (_id, mention) => {
		for (const phrase of [definite(mention), ofName(mention), toName(mention)]) {
			expect(phrase).not.toMatch(broken);
			expect(phrase.trim()).toBe(phrase);
		}
		expect(mention.text).not.toMatch(/^(le|la|les|l’) /i);
	});
});
