import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralised, toCsv } from '../../../src/lib/report/csv';
import { parseCsv } from '../../support/csv-parser';

const tricky = fc.string({
	unit: fc.constantFrom('a', 'é', 'È', 'ç', '’', '«', '\u00a0', ';', '"', '\n', '\r', ',', ' ', '|', '=')
});
/** what a spreadsheet may run as a formula: = + - @, tab, line breaks, their full-width forms, behind spaces */
const formulaStart = /^[\s\u3000]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;
const anyText = fc.oneof(
	fc.string({ unit: 'grapheme' }),
	fc.string({
		unit: fc.constantFrom(
			'=',
			'+',
			'-',
			'@',
			'\t',
			'\r',
			'\n',
			' ',
			'\u3000',
			'\uff1d',
			'\uff20',
			'A',
			'1',
			'(',
			';',
			'"'
		)
	})
);

describe('CSV writer', () => {
	it('starts with a BOM, separates with « ; » and ends records with CRLF', () => {
		expect(
			toCsv([
				['a', 'b'],
				['1', '2']
			])
		).toBe('\ufeffa;b\r\n1;2\r\n');
	});

	it('quotes fields holding a separator, a quote, a line break or edge spaces', () => {
		expect(toCsv([['a;b', 'say "hi"', 'two\nlines', ' padded']])).toBe(
			'\ufeff"a;b";"say ""hi""";"two\nlines";" padded"\r\n'
		);
	});

	it('round-trips any text that cannot start a formula, with ; " line breaks and accents', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(tricky, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
				(rows) => {
					// a record of one empty field is an empty line, which readers skip: not a case we write
					fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''));
					fc.pre(rows.every((row) => row.every((text) => !formulaStart.test(text))));
					expect(parseCsv(toCsv(rows))).toEqual(rows);
				}
			)
		);
	});

	it('never writes a cell a spreadsheet would run, whatever its text, and keeps the text behind one apostrophe', () => {
		fc.assert(
			fc.property(fc.array(anyText, { minLength: 2, maxLength: 6 }), (row) => {
				const [read] = parseCsv(toCsv([row]));
				read!.forEach((cell, index) => {
					expect(formulaStart.test(cell), JSON.stringify(cell)).toBe(false);
					expect(cell).toBe(formulaStart.test(row[index]!) ? `'${row[index]}` : row[index]);
				});
			})
		);
	});

	it('makes the formulas of the issue inert, in any column, and leaves other text alone', () => {
		expect(neutralised('=HYPERLINK("http://x","clic")')).toBe('\'=HYPERLINK("http://x","clic")');
		expect(neutralised('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
		expect(neutralised('+33 1 23')).toBe("'+33 1 23");
		expect(neutralised('  =1+1')).toBe("'  =1+1");
		expect(neutralised('\tcmd')).toBe("'\tcmd");
		expect(neutralised('Saint-Malo')).toBe('Saint-Malo');
		expect(neutralised('2,5')).toBe('2,5');
	});
});
