// What moved between two editions of one authority's diagnostic: the answers that changed.
import type { Answers, QuestionnaireDefinition } from '../../content/types';
import { modelDescriptions } from '../../content/typology/models';
import type { Diagnostic } from '../../model/diagnostic';
import { modelIds } from '../typology/types';
import { shownAnswer } from './indicators';
import { placementOf, sharesOf } from './results';

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

export interface ShareChange {
	readonly model: string;
	readonly name: string;
	readonly before: number;
	readonly after: number;
}

/** Each model's share in both editions; null unless both are complete and engaged. */
export function shareChanges(
	definition: QuestionnaireDefinition,
	before: Diagnostic,
	after: Diagnostic
): ShareChange[] | null {
	const was = sharesOf(placementOf(definition, before));
	const is = sharesOf(placementOf(definition, after));
	if (!was || !is) return null;
	return modelIds.map((id) => ({ model: id, name: modelDescriptions[id].name, before: was[id], after: is[id] }));
}
