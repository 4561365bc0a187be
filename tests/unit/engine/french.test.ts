// One place for French lists, numbers and dates: the same diagnostic reads the same in the app,
// the PDF, the CSV and the command line, in Paris time whatever the machine's zone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	countFr,
	dateFr,
	dateTimeFr,
	listFr,
	numberFr,
	percentFr,
	shortDateTimeFr,
	spreadsheetDateTime,
	yearOf
} from '../../../src/lib/engine/french';

describe('French lists and numbers', () => {
	it('joins lists with commas and « et »', () => {
		expect(listFr([])).toBe('');
		expect(listFr(['DCOL'])).toBe('DCOL');
		expect(listFr(['DCOL', 'FICOL'])).toBe('DCOL et FICOL');
		expect(listFr(['CUF', 'DCOL', 'FICOL'])).toBe('CUF, DCOL et FICOL');
	});

	it('writes percentages with a comma and a no-break space before the sign', () => {
		expect(percentFr(47.14)).toBe('47,1\u00a0%');
		expect(percentFr(100)).toBe('100\u00a0%');
	});

	it('groups thousands with a narrow no-break space, and never lets a number break', () => {
		expect(countFr(5000)).toBe('5\u202f000');
		expect(numberFr(20000.5)).toBe('20\u202f000,5');
		fc.assert(
			fc.property(
				fc.double({ min: -1e9, max: 1e9, noNaN: true }),
				(n) => !/\s/.test(numberFr(n).replace(/[\u202f\u00a0]/g, ''))
			)
		);
	});
});

describe('dates, in Paris time', () => {
	// 23:30 UTC on 31 December is already the next year in Paris
	const newYear = '2026-12-31T23:30:00.000Z';

	it('reads the day, the time and the year in Paris, whatever the machine’s time zone', () => {
		expect(dateFr(newYear)).toBe('1 janvier 2027');
		expect(dateTimeFr(newYear)).toMatch(/^1 janvier 2027 (à )?00:30$/);
		expect(shortDateTimeFr(newYear)).toMatch(/^1 janv\. 2027,? 00:30$/);
		expect(spreadsheetDateTime(newYear)).toBe('01/01/2027 00:30');
		expect(yearOf(newYear)).toBe('2027');
	});

	it('follows summer time', () => {
		expect(spreadsheetDateTime('2026-07-14T10:00:00.000Z')).toBe('14/07/2026 12:00');
		expect(spreadsheetDateTime('2026-01-14T10:00:00.000Z')).toBe('14/01/2026 11:00');
	});
});
