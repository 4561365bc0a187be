// The presenter's keys: numbers past nine typed as two digits, and digits read from the key's place.
import { describe, expect, it, vi } from 'vitest';
import { afterDigit, DigitEntry } from '../../../src/lib/ui/digit-entry';
import { shortcutFor, type KeyInfo } from '../../../src/lib/ui/shortcuts';

const key = (k: string, code?: string): KeyInfo => ({
	key: k,
	code,
	ctrlKey: false,
	altKey: false,
	metaKey: false,
	defaultPrevented: false,
	target: null
});

describe('numbers typed as digits', () => {
	it('chooses at once when no second digit could follow', () => {
		expect(afterDigit('', 3, 5)).toEqual({ choose: [3], typed: '' });
		expect(afterDigit('', 2, 15)).toEqual({ choose: [2], typed: '' });
		expect(afterDigit('', 9, 5)).toEqual({ choose: [], typed: '' });
		expect(afterDigit('', 0, 15)).toEqual({ choose: [], typed: '' });
	});

	it('waits after a digit that may start a larger number, and makes it with the next one', () => {
		expect(afterDigit('', 1, 15)).toEqual({ choose: [], typed: '1' });
		expect(afterDigit('1', 2, 15)).toEqual({ choose: [12], typed: '' });
		expect(afterDigit('1', 0, 15)).toEqual({ choose: [10], typed: '' });
		expect(afterDigit('1', 9, 15)).toEqual({ choose: [1, 9], typed: '' }); // there is no 19th
		expect(afterDigit('', 2, 24)).toEqual({ choose: [], typed: '2' });
	});

	it('chooses the waiting digit after a pause, or when another key comes', () => {
		vi.useFakeTimers();
		try {
			const chosen: number[] = [];
			const entry = new DigitEntry((n) => chosen.push(n), 1000);
			entry.press(1, 12);
			expect(chosen).toEqual([]);
			vi.advanceTimersByTime(1000);
			expect(chosen).toEqual([1]);
			entry.press(1, 12);
			entry.press(1, 12);
			expect(chosen).toEqual([1, 11]);
			entry.press(1, 12);
			entry.flush();
			entry.press(1, 12);
			entry.reset();
			vi.advanceTimersByTime(5000);
			expect(chosen).toEqual([1, 11, 1]);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('shortcut keys', () => {
	// no DOM in these tests: the event's target (null here) is no element of any kind
	for (const name of ['HTMLElement', 'HTMLInputElement', 'HTMLSelectElement', 'HTMLTextAreaElement'])
		vi.stubGlobal(name, class {});

	it('read a digit from the key, or from its place on an AZERTY keyboard without Shift', () => {
		expect(shortcutFor(key('1'))).toEqual({ kind: 'choose', digit: 1 });
		expect(shortcutFor(key('&', 'Digit1'))).toEqual({ kind: 'choose', digit: 1 });
		expect(shortcutFor(key('à', 'Digit0'))).toEqual({ kind: 'choose', digit: 0 });
		expect(shortcutFor(key('7', 'Numpad7'))).toEqual({ kind: 'choose', digit: 7 });
		expect(shortcutFor(key('N', 'KeyN'))).toEqual({ kind: 'next' });
		expect(shortcutFor(key('a', 'KeyQ'))).toBeNull();
	});
});
