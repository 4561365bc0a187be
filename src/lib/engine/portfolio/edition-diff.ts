// What moved between two editions of one authority's diagnostic: the answers that changed.
import type { Answers, QuestionnaireDefinition } from '../../content/types';
import { shownAnswer } from './indicators';

export interface AnswerChange {
	readonly questionId: string;
	readonly label: string;
	readonly before: string;
	readonly after: string;
}

/** Questions whose answer reads differently, in questionnaire order (hidden ones read « Sans objet »). */
export function answerChanges(definition: QuestionnaireDefinition, before: Answers, after: Answers): AnswerChange[] {
	return definition.steps.flatMap((step) =>
		step.questions.flatMap((question) => {
			const was = shownAnswer(definition, before, question.id);
			const is = shownAnswer(definition, after, question.id);
			return was === is ? [] : [{ questionId: question.id, label: question.label, before: was, after: is }];
		})
	);
}
