// Random answers to the questionnaire, of the right kinds, for property tests.
import fc from 'fast-check';
import { countries } from '../../src/lib/content/countries';
import { questionnaire } from '../../src/lib/content/questionnaire';
import type { AnswerValue, Answers, Question } from '../../src/lib/content/types';
import { effectiveAnswers } from '../../src/lib/engine/questionnaire';

const countryCodes = countries.map((c) => c.code);

function valueOf(question: Question): fc.Arbitrary<AnswerValue> {
	switch (question.kind) {
		case 'single':
			return fc.constantFrom(...question.options.map((o) => o.id));
		case 'multiple':
			return fc.subarray(
				question.options.map((o) => o.id),
				{ minLength: 1 }
			);
		case 'countries':
			return fc.subarray(countryCodes, { maxLength: 8 });
		case 'number':
			return fc
				.integer({ min: Math.ceil(question.min * 10), max: Math.floor(question.max * 10) })
				.map((n) => n / 10);
		case 'text':
			return fc.string({ maxLength: 20 });
	}
}

const allQuestions = questionnaire.steps.flatMap((step) => step.questions);

/** Any answers of an engaged authority, some questions left out, as effective answers. */
export const engagedAnswers: fc.Arbitrary<Answers> = fc
	.record(
		Object.fromEntries(allQuestions.map((q) => [q.id, valueOf(q)])) as Record<string, fc.Arbitrary<AnswerValue>>,
		{
			requiredKeys: []
		}
	)
	.map((answers) => effectiveAnswers(questionnaire, { ...answers, has_international_action: 'yes' }));
