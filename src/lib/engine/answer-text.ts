// Answers as the French text a person reads (summary page, report annex, CSV).
import { countryByCode } from '../content/countries';
import type { AnswerValue, Question } from '../content/types';
import { chosenIds, isAnswered } from './conditions';
import { formatFrenchNumber } from './numbers';

/** `rename` gives some options another label where the questionnaire's would read wrong (« ma région »). */
export function answerText(question: Question, value: AnswerValue | undefined, rename?: (optionId: string) => string | undefined): string {
	if (!isAnswered(value) || value === undefined) return 'Sans réponse';
	switch (question.kind) {
		case 'single':
		case 'multiple': {
			const labels = chosenIds(value).map((id) => rename?.(id) ?? question.options.find((o) => o.id === id)?.label ?? id);
			return labels.join(' ; ');
		}
		case 'countries':
			return chosenIds(value)
				.map((code) => countryByCode(code)?.name ?? code)
				.join(', ');
		case 'number':
			return typeof value === 'number' ? `${formatFrenchNumber(value)}\u00a0${question.unit}` : String(value);
		case 'text':
			return String(value).trim();
	}
}
