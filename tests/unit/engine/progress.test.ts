import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { firstIncompleteStep, formatTimeLeft, isComplete, progress } from '../../../src/lib/engine/progress';
import { engagedAnswers, startingAnswers } from '../../fixtures/answers';

describe('progress and time left', () => {
	it('starts at zero with the time of the most common path', () => {
		const start = progress(questionnaire, {});
		expect(start.percent).toBe(0);
		expect(start.secondsLeft).toBeGreaterThan(10 * 60);
		expect(start.complete).toBe(false);
	});

	it('shortens the estimate when the shorter path is chosen', () => {
		const engaged = progress(questionnaire, { has_international_action: 'yes' });
		const starting = progress(questionnaire, { has_international_action: 'no' });
		expect(starting.secondsLeft).toBeLessThan(engaged.secondsLeft / 2);
	});

	it('goes down as questions are answered and reaches 100 % only when complete', () => {
		const partial = progress(questionnaire, { authority_type: 'municipality', authority_name: 'X' });
		expect(partial.percent).toBeGreaterThan(0);
		expect(partial.secondsLeft).toBeLessThan(progress(questionnaire, {}).secondsLeft);
		const done = progress(questionnaire, engagedAnswers);
		expect(done).toMatchObject({ percent: 100, secondsLeft: 0, complete: true });
		expect(isComplete(questionnaire, startingAnswers)).toBe(true);
	});

	it('never says 100 % while an answer is missing', () => {
		const { needs: _needs, ...missingNeeds } = engagedAnswers;
		const almost = progress(questionnaire, missingNeeds);
		expect(almost.percent).toBeLessThan(100);
		expect(firstIncompleteStep(questionnaire, missingNeeds)).toBe('needs');
		expect(firstIncompleteStep(questionnaire, engagedAnswers)).toBeNull();
	});

	it('speaks in minutes', () => {
		expect(formatTimeLeft(0)).toBe('terminé');
		expect(formatTimeLeft(20)).toBe('environ 1 minute');
		expect(formatTimeLeft(61)).toBe('environ 2 minutes');
	});
});
