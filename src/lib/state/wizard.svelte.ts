// The walk through the questionnaire, for both of its pages: a step per page (the questionnaire) or
// a question per screen (meeting mode). Owns where the user is, the errors shown since the last
// « Suivant », where « Suivant » and « Précédent » lead, and what gets the focus; the pages turn the
// destination into an address and the focus target into an element.
import { questionnaire } from '../content/questionnaire';
import type { Question, StepId } from '../content/types';
import { adjacentQuestion, placeOf } from '../engine/meeting/sequence';
import { isComplete } from '../engine/progress';
import {
	findStep,
	isStepVisible,
	nextStepId,
	previousStepId,
	stepPosition,
	visibleQuestions
} from '../engine/questionnaire';
import { validateAnswer, validateStep, type FieldError } from '../engine/validation';
import type { DiagnosticSession } from './session.svelte';

/** Where a move leads; `results` only at the end of a complete questionnaire in meeting mode. */
export type WizardDestination =
	| { readonly to: 'step'; readonly stepId: StepId }
	| { readonly to: 'question'; readonly questionId: string }
	| { readonly to: 'summary' }
	| { readonly to: 'results' }
	| { readonly to: 'home' };

/**
 * On arrival the heading (or the field of an answer typed in meeting mode); after a refused « Suivant », the errors.
 */
export type FocusTarget = 'heading' | 'answer' | 'errors';

/** Where the page is: the step of the address, or the question of the address in meeting mode. */
export type WizardPlace =
	| { readonly pace: 'step'; readonly stepId: StepId; readonly returnToSummary: boolean }
	| { readonly pace: 'question'; readonly questionId: string | null };

/** answered by typing: in meeting mode every key goes to its field, none is a shortcut */
const TYPED: readonly Question['kind'][] = ['text', 'number', 'countries'];

export class QuestionnaireWizard {
	readonly #session: DiagnosticSession;
	readonly #place: () => WizardPlace;
	/** errors show from the first « Suivant » on this page, and update as the user corrects them */
	#submitted = $state(false);
	focus: FocusTarget = $state('heading');

	constructor(session: DiagnosticSession, place: () => WizardPlace) {
		this.#session = session;
		this.#place = place;
	}

	readonly #answers = $derived.by(() => this.#session.answers);
	/** the question shown in meeting mode (none on a step page) */
	readonly #question = $derived.by(() => {
		const place = this.#place();
		if (place.pace !== 'question') return undefined;
		return placeOf(questionnaire, this.#answers, place.questionId, this.#session.diagnostic.currentStepId);
	});

	readonly step = $derived.by(() => {
		const place = this.#place();
		return findStep(questionnaire, place.pace === 'step' ? place.stepId : (this.#question?.stepId ?? ''));
	});
	/** false for a step the answers have hidden, or a meeting screen with no question left */
	readonly visible = $derived.by(() => {
		if (this.#place().pace === 'question') return this.#question !== undefined;
		return this.step ? isStepVisible(this.step, this.#answers) : false;
	});
	readonly questions: readonly Question[] = $derived.by(() => {
		if (this.#question) return [this.#question.question];
		return this.step && this.visible ? visibleQuestions(this.step, this.#answers) : [];
	});
	/** « Étape 3 sur 9 » or « Question 12 sur 40 » */
	readonly position = $derived.by(() => {
		if (this.#question) return { index: this.#question.index, count: this.#question.count };
		return stepPosition(questionnaire, this.#answers, this.step?.id ?? '');
	});
	readonly errors: readonly FieldError[] = $derived.by(() => (this.#submitted ? this.#errorsNow() : []));
	readonly typed = $derived(this.#question !== undefined && TYPED.includes(this.#question.question.kind));

	/** On arrival at a step or a question: fresh errors, the place remembered for « Reprendre », the focus. */
	arrive(): void {
		this.#submitted = false;
		if (this.step && this.visible) this.#session.goTo(this.step.id);
		this.focus = this.typed ? 'answer' : 'heading';
	}

	/** « Suivant »: where to go, or null when the answers are refused (the errors then get the focus). */
	next(): WizardDestination | null {
		if (!this.step || !this.visible) return null;
		this.#submitted = true;
		if (this.#errorsNow().length > 0) {
			this.focus = 'errors';
			return null;
		}
		const place = this.#place();
		if (this.#question) {
			const following = adjacentQuestion(questionnaire, this.#answers, this.#question.question.id, 1);
			if (following) return { to: 'question', questionId: following.question.id };
			// past the last question: the results on the projector, or the summary to see what is missing
			return isComplete(questionnaire, this.#answers) ? { to: 'results' } : { to: 'summary' };
		}
		const next =
			place.pace === 'step' && place.returnToSummary
				? null
				: nextStepId(questionnaire, this.#answers, this.step.id);
		return next ? { to: 'step', stepId: next } : { to: 'summary' };
	}

	/** « Précédent »: the step or question before; from the first step, home; the first question stays. */
	previous(): WizardDestination | null {
		if (this.#question) {
			const before = adjacentQuestion(questionnaire, this.#answers, this.#question.question.id, -1);
			return before ? { to: 'question', questionId: before.question.id } : null;
		}
		if (!this.step) return null;
		const previous = previousStepId(questionnaire, this.#answers, this.step.id);
		return previous ? { to: 'step', stepId: previous } : { to: 'home' };
	}

	#errorsNow(): FieldError[] {
		if (!this.#question) return this.step ? validateStep(this.step, this.#answers) : [];
		const { question } = this.#question;
		const message = validateAnswer(question, this.#answers[question.id], this.#answers);
		return message ? [{ questionId: question.id, message }] : [];
	}
}
