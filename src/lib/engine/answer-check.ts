// Checks answers read from outside against the questionnaire: known questions, known options,
// values of the right kind and in range. Unlike step validation, it does not require anything.
import type { Answers, QuestionnaireDefinition } from '../content/types';
import { countryByCode } from '../content/countries';
import { findQuestion } from './questionnaire';

export interface AnswerProblem {
	readonly questionId: string;
	readonly message: string;
}

export function checkAnswers(definition: QuestionnaireDefinition, answers: Answers): AnswerProblem[] {
	const problems: AnswerProblem[] = [];
	for (const [questionId, value] of Object.entries(answers)) {
		const question = findQuestion(definition, questionId);
		const problem = (message: string) => problems.push({ questionId, message });
		if (!question) {
			problem('question inconnue de ce questionnaire');
			continue;
		}
		switch (question.kind) {
			case 'single':
				if (typeof value !== 'string') problem('doit être un identifiant de réponse');
				else if (!question.options.some((o) => o.id === value)) problem(`réponse inconnue « ${value} »`);
				break;
			case 'multiple': {
				if (!Array.isArray(value)) {
					problem('doit être une liste de réponses');
					break;
				}
				const unknown = value.filter((id) => !question.options.some((o) => o.id === id));
				if (unknown.length > 0)
					problem(`réponse(s) inconnue(s) : ${unknown.map((id) => `« ${id} »`).join(', ')}`);
				if (new Set(value).size !== value.length) problem('contient deux fois la même réponse');
				break;
			}
			case 'countries': {
				if (!Array.isArray(value)) {
					problem('doit être une liste de codes pays');
					break;
				}
				const unknown = value.filter((code) => !countryByCode(code));
				if (unknown.length > 0) problem(`code(s) pays inconnu(s) : ${unknown.join(', ')}`);
				if (value.length > question.max) problem(`plus de ${question.max} pays`);
				break;
			}
			case 'number':
				// Text in a number field is what someone was typing: kept, and flagged by step validation.
				if (typeof value === 'number' && (value < question.min || value > question.max)) {
					problem(`doit être compris entre ${question.min} et ${question.max}`);
				} else if (Array.isArray(value)) problem('doit être un nombre');
				break;
			case 'text':
				if (typeof value !== 'string') problem('doit être un texte');
				else if (value.length > question.maxLength) problem(`dépasse ${question.maxLength} caractères`);
				break;
		}
	}
	return problems;
}
