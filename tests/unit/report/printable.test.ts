// Names and answers as the PDF can draw them (issue 16, item 11): Latin, Greek, Cyrillic and
// Vietnamese kept, every other character visibly replaced, nothing left out without a trace.
import { describe, expect, it } from 'vitest';
import { reportFor } from '../../../src/lib/report/diagnostic-report';
import { REPLACEMENT, printable, replacementNote } from '../../../src/lib/report/printable';
import { REPORT_DAY, reportCases } from './cases';
import { modelTexts } from './model-text';

const R = REPLACEMENT;

describe('printable', () => {
	it('keeps French, Latin with any accent, Greek, Cyrillic and Vietnamese as typed', () => {
		for (const name of [
			'Saint-Étienne-du-Rouvray',
			'Œuvre « Ŝ Ğ Ł Ř »',
			'Ελληνικά',
			'Кириллица',
			'Київ',
			'Nguyễn Văn Ánh',
			'Ségou ɛ ɔ Ɛ Ɔ',
			'Đà Nẵng'
		]) {
			expect(printable(name)).toEqual({ text: name, replaced: false });
		}
	});

	it('composes decomposed letters, as some keyboards and pastes give them', () => {
		expect(printable('Nguye\u0302\u0303n')).toEqual({ text: 'Nguyễn', replaced: false });
	});

	it('replaces each character of another script by one visible mark', () => {
		expect(printable('عربي')).toEqual({ text: R.repeat(4), replaced: true });
		expect(printable('中文')).toEqual({ text: R.repeat(2), replaced: true });
		expect(printable('שלום Lyon')).toEqual({ text: `${R.repeat(4)} Lyon`, replaced: true });
	});

	it('counts an emoji with its modifiers, joiners and flags as one character', () => {
		expect(printable('😀')).toEqual({ text: R, replaced: true });
		expect(printable('Ville 👨‍👩‍👧 👍🏽 🇫🇷')).toEqual({ text: `Ville ${R} ${R} ${R}`, replaced: true });
	});

	it('leaves out invisible format characters and lays tabs and line breaks as spaces', () => {
		expect(printable('Brest\u200b Mé\u00adtropole\u200d')).toEqual({ text: 'Brest Métropole', replaced: false });
		expect(printable('Brest\tMétropole\r\nOcéane')).toEqual({ text: 'Brest Métropole Océane', replaced: false });
	});

	it('replaces a combining accent no letter composes with, rather than dropping it', () => {
		expect(printable('Saq\u0303')).toEqual({ text: `Sa${R}`, replaced: true });
	});

	it('says what was replaced, with French spacing', () => {
		expect(replacementNote('de ce nom')).toBe(
			'Certains caractères de ce nom ne peuvent pas être imprimés dans ce document\u00a0: ils sont remplacés par «\u00a0\ufffd\u00a0».'
		);
	});

	it.each(reportCases.map((c) => [c.name, c.diagnostic] as const))(
		'finds every character of the %s report printable, so the app never relies on the mark',
		(_name, diagnostic) => {
			const texts = modelTexts(reportFor(diagnostic, REPORT_DAY).model);
			expect(texts.filter((text) => printable(text).replaced)).toEqual([]);
		}
	);
});
