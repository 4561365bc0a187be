// French typography of assembled text: numbers with their units, punctuation with its word, no
// nested brackets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typeset } from '../../../src/lib/report/typeset';

const NB = '\u00a0';
const NNB = '\u202f';

describe('typeset', () => {
	it.each([
		['Porter le budget au-delà de 50 000 € par an', `Porter le budget au-delà de 50${NNB}000${NB}€ par an`],
		['Plus de 1 000 000 € en 2024', `Plus de 1${NNB}000${NNB}000${NB}€ en 2024`],
		['environ 3 ETP au profil-type', `environ 3${NB}ETP au profil-type`],
		['HUMANIS 54 % · COSMIN 18 %', `HUMANIS 54${NB}% · COSMIN 18${NB}%`],
		['Contact : le réseau ; vraiment ? oui !', `Contact${NB}: le réseau${NNB}; vraiment${NNB}? oui${NNB}!`],
		['le programme « Clés en main »', `le programme «${NB}Clés en main${NB}»`],
		[
			'Votre compétence (eau potable, organisation de la mobilité (autorité organisatrice)) permet',
			'Votre compétence (eau potable, organisation de la mobilité [autorité organisatrice]) permet'
		]
	])('%s', (text, expected) => {
		expect(typeset(text)).toBe(expected);
	});

	it('leaves addresses, line breaks and text already set alone', () => {
		expect(typeset('https://www.afd.fr/fr?x=1:2')).toBe('https://www.afd.fr/fr?x=1:2');
		expect(typeset(`déjà${NB}: 3${NB}%\nligne`)).toBe(`déjà${NB}: 3${NB}%\nligne`);
	});

	it('never leaves a plain space where a line could strand a unit or a sign, whatever the text', () => {
		const word = fc.stringMatching(/^[a-zé€%:;?!«»()0-9]{1,6}$/);
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
				const out = typeset(words.join(' '));
				expect(out).not.toMatch(/\d [\d€%]| [:;?!»€%]|« /);
				// brackets balance the same way, and never two levels deep
				let depth = 0;
				for (const char of out) {
					if (char === '(') depth += 1;
					if (char === ')') depth -= 1;
					expect(depth).toBeLessThanOrEqual(1);
				}
				expect(typeset(out)).toBe(out);
			})
		);
	});
});
