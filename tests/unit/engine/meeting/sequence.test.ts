import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../../src/lib/content/questionnaire';
import {
	adjacentQuestion,
	optionForDigit,
	placeOf,
	questionSequence
} from '../../../../src/lib/engine/meeting/sequence';
import { findQuestion } from '../../../../src/lib/engine/questionnaire';
import { engagedAnswers, startingAnswers } from '../../../fixtures/answers';

describe('the presenter’s sequence of questions', () => {
	it('follows the branching: the starting path skips the engaged questions', () => {
		const ids = questionSequence(questionnaire, startingAnswers).map((p) => p.question.id);
		expect(ids).toContain('starting_actions');
		expect(ids).not.toContain('motivations');
		expect(questionSequence(questionnaire, engagedAnswers).map((p) => p.question.id)).toContain('motivations');
	});

	it('numbers positions from 1 and goes forward and back, stopping at the ends', () => {
		const sequence = questionSequence(questionnaire, engagedAnswers);
		expect(sequence[0]).toMatchObject({ index: 1, count: sequence.length, question: { id: 'authority_type' } });
		expect(adjacentQuestion(questionnaire, engagedAnswers, 'authority_type', 1)?.question.id).toBe(
			'authority_name'
		);
		expect(adjacentQuestion(questionnaire, engagedAnswers, 'authority_type', -1)).toBeNull();
		expect(adjacentQuestion(questionnaire, engagedAnswers, 'needs', 1)).toBeNull();
	});

	it('lands on the asked question, else on the first question of the saved step', () => {
		expect(placeOf(questionnaire, engagedAnswers, 'zones', 'profile')?.question.id).toBe('zones');
		expect(placeOf(questionnaire, engagedAnswers, null, 'budget')?.question.id).toBe('budget_line');
		expect(placeOf(questionnaire, startingAnswers, 'motivations', 'needs')?.question.id).toBe('needs');
	});

	it('maps digits to the offered radio or box options only', () => {
		const main = findQuestion(questionnaire, 'main_motivation')!;
		expect(optionForDigit(main, engagedAnswers, 2)?.id).toBe('openness');
		expect(optionForDigit(main, engagedAnswers, 3)).toBeUndefined();
		expect(optionForDigit(findQuestion(questionnaire, 'region')!, engagedAnswers, 1)).toBeUndefined();
		expect(optionForDigit(findQuestion(questionnaire, 'authority_name')!, engagedAnswers, 1)).toBeUndefined();
	});
});
