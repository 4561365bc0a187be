// The walk through the questionnaire that both its pages read: where « Suivant » and « Précédent »
// lead, the errors shown, and what gets the focus, by step and by question (meeting mode).
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import type { AnswerValue, Answers } from '../../../src/lib/content/types';
import { questionSequence } from '../../../src/lib/engine/meeting/sequence';
import { expectedSteps } from '../../../src/lib/engine/questionnaire';
import type { DiagnosticSession } from '../../../src/lib/state/session.svelte';
import { QuestionnaireWizard, type WizardPlace } from '../../../src/lib/state/wizard.svelte';
import { engagedAnswers } from '../../fixtures/answers';

/** the part of a session the wizard reads and writes */
class FakeSession {
	answers: Answers = $state({});
	diagnostic = $state({ currentStepId: questionnaire.steps[0]!.id });
	goTo(stepId: string) {
		this.diagnostic.currentStepId = stepId;
	}
	answer(questionId: string, value: AnswerValue) {
		this.answers = { ...this.answers, [questionId]: value };
	}
}

function walk(place: WizardPlace, answers: Answers = {}) {
	const session = new FakeSession();
	session.answers = answers;
	let at = $state(place);
	const wizard = new QuestionnaireWizard(session as unknown as DiagnosticSession, () => at);
	return { session, wizard, moveTo: (next: WizardPlace) => (at = next) };
}

describe('a step per page', () => {
	const [first, second] = expectedSteps(questionnaire, engagedAnswers);

	it('refuses « Suivant » on an unanswered step, shows its errors and sends the focus to them', () => {
		const { wizard } = walk({ pace: 'step', stepId: first!.id, returnToSummary: false });
		wizard.arrive();
		expect(wizard.errors).toEqual([]);
		expect(wizard.focus).toBe('heading');
		expect(wizard.next()).toBeNull();
		expect(wizard.errors.length).toBeGreaterThan(0);
		expect(wizard.errors.every((e) => wizard.questions.some((q) => q.id === e.questionId))).toBe(true);
		expect(wizard.focus).toBe('errors');
	});

	it('leads to the next step once answered, back home from the first, and to the summary when asked', () => {
		const { wizard, session, moveTo } = walk(
			{ pace: 'step', stepId: first!.id, returnToSummary: false },
			engagedAnswers
		);
		wizard.arrive();
		expect(session.diagnostic.currentStepId).toBe(first!.id);
		expect(wizard.position).toEqual({ index: 1, count: expectedSteps(questionnaire, engagedAnswers).length });
		expect(wizard.next()).toEqual({ to: 'step', stepId: second!.id });
		expect(wizard.previous()).toEqual({ to: 'home' });
		moveTo({ pace: 'step', stepId: second!.id, returnToSummary: true });
		wizard.arrive();
		expect(wizard.errors).toEqual([]);
		expect(wizard.previous()).toEqual({ to: 'step', stepId: first!.id });
		expect(wizard.next()).toEqual({ to: 'summary' });
	});

	it('says a step the answers have hidden is not there', () => {
		const { wizard } = walk({ pace: 'step', stepId: 'no-such-step', returnToSummary: false });
		expect(wizard.visible).toBe(false);
		expect(wizard.next()).toBeNull();
	});
});

describe('a question per screen', () => {
	const sequence = questionSequence(questionnaire, engagedAnswers);

	it('goes question by question, the first has no « Précédent », the last leads to the results', () => {
		const { wizard, moveTo } = walk({ pace: 'question', questionId: sequence[0]!.question.id }, engagedAnswers);
		expect(wizard.position).toEqual({ index: 1, count: sequence.length });
		expect(wizard.previous()).toBeNull();
		expect(wizard.next()).toEqual({ to: 'question', questionId: sequence[1]!.question.id });
		moveTo({ pace: 'question', questionId: sequence.at(-1)!.question.id });
		expect(wizard.next()).toEqual({ to: 'results' });
	});

	it('sends the focus to the field of a typed answer, and refuses an empty required one', () => {
		const typed = sequence.find((p) => p.question.kind === 'text' && p.question.required)!;
		const { wizard } = walk(
			{ pace: 'question', questionId: typed.question.id },
			{ ...engagedAnswers, [typed.question.id]: '' }
		);
		wizard.arrive();
		expect(wizard.focus).toBe('answer');
		expect(wizard.next()).toBeNull();
		expect(wizard.errors.map((e) => e.questionId)).toEqual([typed.question.id]);
	});

	it('ends on the summary when the questionnaire is not complete', () => {
		const { wizard } = walk(
			{ pace: 'question', questionId: sequence.at(-1)!.question.id },
			{ ...engagedAnswers, authority_name: '' }
		);
		expect(wizard.next()).toEqual({ to: 'summary' });
	});
});
