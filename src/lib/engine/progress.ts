// Progress and time left, following the branching: only questions on the expected path count.
import type { Answers, Question, QuestionnaireDefinition, StepId } from '../content/types';
import { isAnswered } from './conditions';
import { expectedSteps, visibleQuestions, visibleSteps, withAssumedAnswers } from './questionnaire';
import { validateStep } from './validation';

/** Typical seconds to answer, by kind of question, when the question gives none. */
const secondsByKind: Record<Question['kind'], number> = {
	single: 15,
	multiple: 35,
	text: 25,
	number: 20,
	countries: 60
};

export function secondsFor(question: Question): number {
	return question.seconds ?? secondsByKind[question.kind];
}

export interface Progress {
	readonly answered: number;
	readonly total: number;
	/** 0–100, whole number */
	readonly percent: number;
	readonly secondsLeft: number;
	/** every visible step is valid: the summary and results can be shown */
	readonly complete: boolean;
}

export function progress(definition: QuestionnaireDefinition, answers: Answers): Progress {
	const projected = withAssumedAnswers(definition, answers);
	let answered = 0;
	let total = 0;
	let secondsLeft = 0;
	for (const step of expectedSteps(definition, answers)) {
		for (const question of visibleQuestions(step, projected)) {
			total += 1;
			if (isAnswered(answers[question.id])) answered += 1;
			else secondsLeft += secondsFor(question);
		}
	}
	const complete = isComplete(definition, answers);
	const percent = complete ? 100 : total === 0 ? 0 : Math.min(99, Math.floor((answered / total) * 100));
	return { answered, total, percent, secondsLeft: complete ? 0 : secondsLeft, complete };
}

export function isComplete(definition: QuestionnaireDefinition, answers: Answers): boolean {
	const pathQuestions = Object.keys(definition.assumedUntilAnswered ?? {});
	if (!pathQuestions.every((id) => isAnswered(answers[id]))) return false;
	return visibleSteps(definition, answers).every((step) => validateStep(step, answers).length === 0);
}

/** The first visible step with something missing or wrong, or null when all is complete. */
export function firstIncompleteStep(definition: QuestionnaireDefinition, answers: Answers): StepId | null {
	return visibleSteps(definition, answers).find((step) => validateStep(step, answers).length > 0)?.id ?? null;
}

/** « environ 8 minutes », rounded up to the minute. */
export function formatTimeLeft(seconds: number): string {
	if (seconds <= 0) return 'terminé';
	const minutes = Math.max(1, Math.ceil(seconds / 60));
	return minutes === 1 ? 'environ 1 minute' : `environ ${minutes} minutes`;
}
