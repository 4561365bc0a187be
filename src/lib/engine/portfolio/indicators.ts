// Answers read the same way by the comparison, the aggregate view and the edition diff.
import type { Answers, Question, QuestionnaireDefinition } from '../../content/types';
import { answerText } from '../answer-text';
import { chosenIds, isAnswered } from '../conditions';
import { effectiveAnswers, isStepVisible, visibleQuestions } from '../questionnaire';
import { networkLabels } from './network';

export const NOT_APPLICABLE = 'Sans objet';

export interface QuestionInContext {
	readonly question: Question;
	readonly visible: boolean;
}

/** Every question in order, with whether the answers make it visible. */
export function questionsInContext(definition: QuestionnaireDefinition, answers: Answers): QuestionInContext[] {
	return definition.steps.flatMap((step) => {
		const shown = isStepVisible(step, answers) ? visibleQuestions(step, answers).map((q) => q.id) : [];
		return step.questions.map((question) => ({ question, visible: shown.includes(question.id) }));
	});
}

/** What a person reads for one question: the answer, « Sans réponse », or « Sans objet » when hidden. */
export function shownAnswer(definition: QuestionnaireDefinition, answers: Answers, questionId: string): string {
	const entry = questionsInContext(definition, answers).find((q) => q.question.id === questionId);
	if (!entry) return NOT_APPLICABLE;
	if (!entry.visible) return NOT_APPLICABLE;
	const effective = effectiveAnswers(definition, answers);
	return answerText(entry.question, effective[questionId], networkLabels(questionId, effective));
}

/**
 * The main obstacle among effective answers: the one named main, or the only one ticked. « Aucun » is not an obstacle.
 */
export function mainObstacle(effective: Answers): string | null {
	const named = effective['main_obstacle'];
	if (typeof named === 'string') return named;
	const ticked = chosenIds(effective['obstacles']);
	return ticked.length === 1 ? (ticked[0] ?? null) : null;
}

export function isEffectivelyAnswered(
	definition: QuestionnaireDefinition,
	answers: Answers,
	questionId: string
): boolean {
	return isAnswered(effectiveAnswers(definition, answers)[questionId]);
}
