// The presenter view shows one question per screen: the questionnaire as a flat sequence of the
// visible questions, recomputed from the answers so that branching works as in the step view.
import type { Answers, Option, Question, QuestionnaireDefinition, StepId } from '../../content/types';
import { offeredOptions, visibleQuestions, visibleSteps, withAssumedAnswers } from '../questionnaire';

export interface QuestionPlace {
	readonly stepId: StepId;
	readonly question: Question;
	/** 1-based position in the sequence */
	readonly index: number;
	readonly count: number;
}

/**
 * Questions not yet reachable are counted as on the most common path (like the step view's count),
 * so « Question 3 sur 40 » does not jump when the engagement question is answered.
 */
export function questionSequence(definition: QuestionnaireDefinition, answers: Answers): QuestionPlace[] {
	const projected = withAssumedAnswers(definition, answers);
	const pairs = visibleSteps(definition, projected).flatMap((step) =>
		visibleQuestions(step, projected).map((question) => ({ stepId: step.id, question }))
	);
	return pairs.map((pair, i) => ({ ...pair, index: i + 1, count: pairs.length }));
}

/** Where the presenter lands: the asked question, or the first visible question of the step. */
export function placeOf(
	definition: QuestionnaireDefinition,
	answers: Answers,
	questionId: string | null,
	fallbackStepId: StepId
): QuestionPlace | undefined {
	const sequence = questionSequence(definition, answers);
	return (
		sequence.find((place) => place.question.id === questionId) ??
		sequence.find((place) => place.stepId === fallbackStepId) ??
		sequence[0]
	);
}

/** The question after or before, or null at either end of the sequence. */
export function adjacentQuestion(
	definition: QuestionnaireDefinition,
	answers: Answers,
	questionId: string,
	direction: 1 | -1
): QuestionPlace | null {
	const sequence = questionSequence(definition, answers);
	const index = sequence.findIndex((place) => place.question.id === questionId);
	if (index < 0) return null;
	return sequence[index + direction] ?? null;
}

/** The options numbered on screen, that digit keys choose: those offered as radios or boxes. */
export function numberedOptions(question: Question, answers: Answers): readonly Option[] {
	if (question.kind === 'multiple' || (question.kind === 'single' && question.display !== 'select'))
		return offeredOptions(question, answers);
	return [];
}

/** The n-th (1-based) numbered option, which the digits of n choose. */
export function optionForDigit(question: Question, answers: Answers, number: number): Option | undefined {
	return numberedOptions(question, answers)[number - 1];
}
