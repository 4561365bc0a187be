// Validation of a step's answers, with messages in French. Pure.
import type { AnswerValue, Answers, Question, Step } from '../content/types';
import { chosenIds, isAnswered } from './conditions';
import { numberFr } from './french';
import { offeredOptions, visibleQuestions } from './questionnaire';

export interface FieldError {
	readonly questionId: string;
	readonly message: string;
}

export function validateAnswer(question: Question, value: AnswerValue | undefined, answers: Answers): string | null {
	if (!isAnswered(value)) {
		if (!question.required) return null;
		if (question.kind === 'countries') return 'Choisissez au moins un pays.';
		if (question.kind === 'multiple') return 'Cochez au moins une réponse.';
		if (question.kind === 'single') return 'Choisissez une réponse.';
		return 'Cette réponse est obligatoire.';
	}
	switch (question.kind) {
		case 'text': {
			if (typeof value !== 'string') return 'Saisissez un texte.';
			if (value.trim().length > question.maxLength) return `Ce texte dépasse ${question.maxLength} caractères.`;
			return null;
		}
		case 'number': {
			if (typeof value !== 'number' || !Number.isFinite(value)) return 'Saisissez un nombre, par exemple 1,5.';
			if (value < question.min || value > question.max) {
				return `Saisissez un nombre entre ${numberFr(question.min)} et ${numberFr(question.max)}.`;
			}
			return null;
		}
		case 'single': {
			const offered = offeredOptions(question, answers).map((o) => o.id);
			if (typeof value !== 'string' || !offered.includes(value)) return 'Choisissez une réponse dans la liste.';
			return null;
		}
		case 'multiple': {
			const ids = chosenIds(value);
			const offered = question.options;
			if (ids.some((id) => !offered.some((o) => o.id === id)))
				return 'Une réponse cochée n’existe plus : décochez-la.';
			const exclusive = offered.find((o) => o.exclusive && ids.includes(o.id));
			if (exclusive && ids.length > 1)
				return `« ${exclusive.label} » ne peut pas être coché avec une autre réponse.`;
			if (question.min !== undefined && ids.length < question.min)
				return `Cochez au moins ${question.min} réponse(s).`;
			if (question.max !== undefined && ids.length > question.max)
				return `Cochez au plus ${question.max} réponses.`;
			return null;
		}
		case 'countries': {
			const ids = chosenIds(value);
			if (ids.length > question.max) return `Choisissez au plus ${question.max} pays.`;
			return null;
		}
	}
}

/** Errors of the visible questions of a step, in the order they appear. */
export function validateStep(step: Step, answers: Answers): FieldError[] {
	const errors: FieldError[] = [];
	for (const question of visibleQuestions(step, answers)) {
		const message = validateAnswer(question, answers[question.id], answers);
		if (message) errors.push({ questionId: question.id, message });
	}
	return errors;
}
