import { describe, expect, it } from 'vitest';
import { findQuestion } from '../../../src/lib/engine/questionnaire';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { toggledChoice } from '../../../src/lib/engine/choices';
import type { MultipleChoiceQuestion } from '../../../src/lib/content/types';

const networks = findQuestion(questionnaire, 'networks') as MultipleChoiceQuestion;
const none = networks.options.find((o) => o.exclusive)!.id;
const [first, second] = networks.options.filter((o) => !o.exclusive).map((o) => o.id);

describe('ticking a multiple-choice option', () => {
	it('keeps the questionnaire order and empties to undefined', () => {
		expect(toggledChoice(networks, [second!], first!, true)).toEqual([first, second]);
		expect(toggledChoice(networks, [first!], first!, false)).toBeUndefined();
	});

	it('unticks the others when an exclusive option is ticked, and the reverse', () => {
		expect(toggledChoice(networks, [first!, second!], none, true)).toEqual([none]);
		expect(toggledChoice(networks, [none], first!, true)).toEqual([first]);
	});
});
