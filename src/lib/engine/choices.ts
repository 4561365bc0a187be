// Ticking and unticking a multiple-choice option, shared by the step view and the presenter view.
import type { MultipleChoiceQuestion } from '../content/types';

/** The new answer after (un)ticking one option: an exclusive option (« aucun ») unticks the others, and the reverse. */
export function toggledChoice(
	question: MultipleChoiceQuestion,
	current: readonly string[],
	optionId: string,
	checked: boolean
): readonly string[] | undefined {
	const option = question.options.find((o) => o.id === optionId);
	let next: string[];
	if (!checked) next = current.filter((id) => id !== optionId);
	else if (option?.exclusive) next = [optionId];
	else {
		const exclusiveIds = question.options.filter((o) => o.exclusive).map((o) => o.id);
		next = [...current.filter((id) => !exclusiveIds.includes(id)), optionId];
	}
	const ordered = question.options.map((o) => o.id).filter((id) => next.includes(id));
	return ordered.length > 0 ? ordered : undefined;
}
