// Answers as the French text a person reads (summary page, report annex, CSV).
import { countryByCode } from '../content/countries';
import type { Answers, AnswerValue, Question, QuestionnaireDefinition } from '../content/types';
import { chosenIds, isAnswered } from './conditions';
import { numberFr } from './french';
import { findQuestion } from './questionnaire';

/** `rename` gives some options another label where the questionnaire's would read wrong (« ma région »). */
export function answerText(
	question: Question,
	value: AnswerValue | undefined,
	rename?: (optionId: string) => string | undefined
): string {
	if (!isAnswered(value) || value === undefined) return 'Sans réponse';
	switch (question.kind) {
		case 'single':
		case 'multiple': {
			const labels = chosenIds(value).map(
				(id) => rename?.(id) ?? question.options.find((o) => o.id === id)?.label ?? id
			);
			return labels.join(' ; ');
		}
		case 'countries':
			return chosenIds(value)
				.map((code) => countryByCode(code)?.name ?? code)
				.join(', ');
		case 'number':
			return typeof value === 'number' ? `${numberFr(value)}\u00a0${question.unit}` : String(value);
		case 'text':
			return String(value).trim();
	}
}

export interface AnswerDifference {
	readonly questionId: string;
	readonly label: string;
	readonly mine: string;
	readonly theirs: string;
}

/** Questions answered differently in two versions, as a person reads them (two tabs in conflict). */
export function answerDifferences(
	definition: QuestionnaireDefinition,
	ids: readonly string[],
	mine: Answers,
	theirs: Answers
): AnswerDifference[] {
	return ids.flatMap((questionId) => {
		const question = findQuestion(definition, questionId);
		if (!question) return [];
		return [
			{
				questionId,
				label: question.label,
				mine: answerText(question, mine[questionId]),
				theirs: answerText(question, theirs[questionId])
			}
		];
	});
}
