import { describe, expect, it } from 'vitest';
import { chosenIds, evaluate, isAnswered, referencedQuestions } from '../../../src/lib/engine/conditions';

describe('conditions', () => {
	const answers = { kind: 'yes', list: ['a', 'b'], count: 3, empty: [], blank: '  ' };

	it('tests a single choice and a multiple choice with « is »', () => {
		expect(evaluate({ answer: 'kind', is: 'yes' }, answers)).toBe(true);
		expect(evaluate({ answer: 'kind', is: 'no' }, answers)).toBe(false);
		expect(evaluate({ answer: 'list', is: 'b' }, answers)).toBe(true);
		expect(evaluate({ answer: 'missing', is: 'b' }, answers)).toBe(false);
	});

	it('tests membership with « isAnyOf »', () => {
		expect(evaluate({ answer: 'list', isAnyOf: ['x', 'a'] }, answers)).toBe(true);
		expect(evaluate({ answer: 'kind', isAnyOf: ['x', 'y'] }, answers)).toBe(false);
	});

	it('tells answered from unanswered, blank text and empty lists included', () => {
		expect(evaluate({ answer: 'count', answered: true }, answers)).toBe(true);
		expect(evaluate({ answer: 'blank', answered: true }, answers)).toBe(false);
		expect(evaluate({ answer: 'empty', answered: false }, answers)).toBe(true);
		expect(isAnswered(0)).toBe(true);
		expect(isAnswered(Number.NaN)).toBe(false);
	});

	it('counts ticked options', () => {
		expect(evaluate({ answer: 'list', countAtLeast: 2 }, answers)).toBe(true);
		expect(evaluate({ answer: 'list', countAtLeast: 3 }, answers)).toBe(false);
		expect(evaluate({ answer: 'kind', countAtLeast: 1 }, answers)).toBe(true);
	});

	it('compares a number answered with a bound, and holds nothing for a number not given', () => {
		expect(evaluate({ answer: 'fte', below: 1 }, { fte: 0.2 })).toBe(true);
		expect(evaluate({ answer: 'fte', below: 1 }, { fte: 1 })).toBe(false);
		expect(evaluate({ answer: 'fte', below: 1 }, {})).toBe(false);
		expect(evaluate({ answer: 'kind', below: 1 }, answers)).toBe(false);
	});

	it('combines with all, any and not', () => {
		const yes = { answer: 'kind', is: 'yes' } as const;
		const no = { answer: 'kind', is: 'no' } as const;
		expect(evaluate({ all: [yes, { not: no }] }, answers)).toBe(true);
		expect(evaluate({ all: [yes, no] }, answers)).toBe(false);
		expect(evaluate({ any: [no, yes] }, answers)).toBe(true);
		expect(evaluate({ any: [] }, answers)).toBe(false);
		expect(evaluate({ all: [] }, answers)).toBe(true);
	});

	it('lists the questions a condition reads', () => {
		expect(
			referencedQuestions({ all: [{ answer: 'a', is: 'x' }, { not: { answer: 'b', answered: true } }] })
		).toEqual(['a', 'b']);
		expect(chosenIds(12)).toEqual([]);
	});
});
