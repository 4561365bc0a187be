// fast-check generators: valid diagnostics built from the questionnaire, and ways to damage a file.
import fc from 'fast-check';
import { countries } from '../../src/lib/content/countries';
import { questionnaire } from '../../src/lib/content/questionnaire';
import type { AnswerValue, Question } from '../../src/lib/content/types';
import { DIAGNOSTIC_SCHEMA_VERSION, type Diagnostic } from '../../src/lib/model/diagnostic';

const questions: readonly Question[] = questionnaire.steps.flatMap((step) => step.questions);
const date = fc
	.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
	.map((d) => d.toISOString());

function answerFor(question: Question): fc.Arbitrary<AnswerValue> {
	switch (question.kind) {
		case 'single':
			return fc.constantFrom(...question.options.map((o) => o.id));
		case 'multiple':
			return fc.subarray(question.options.map((o) => o.id));
		case 'countries':
			return fc.subarray(
				countries.map((c) => c.code),
				{ maxLength: question.max }
			);
		case 'number':
			return fc.double({ min: question.min, max: question.max, noNaN: true });
		case 'text':
			return fc.string({ maxLength: Math.min(question.maxLength, 200) });
	}
}

export const validAnswers = fc
	.subarray([...questions])
	.chain((chosen) => fc.tuple(...chosen.map((q) => answerFor(q).map((value) => [q.id, value] as const))))
	.map((entries) => Object.fromEntries(entries));

export const validDiagnostic: fc.Arbitrary<Diagnostic> = fc.record({
	schemaVersion: fc.constant(DIAGNOSTIC_SCHEMA_VERSION),
	questionnaireVersion: fc.constant(questionnaire.version),
	id: fc.uuid(),
	title: fc.string({ maxLength: 120 }),
	createdAt: date,
	updatedAt: date,
	revision: fc.nat(),
	answers: validAnswers,
	currentStepId: fc.constantFrom(...questionnaire.steps.map((s) => s.id))
});

type Json = unknown;

/** One random change somewhere in a JSON tree: removed, replaced, or given an extra key. */
export function mutate(tree: Json, path: readonly number[], replacement: Json, kind: number): Json {
	if (typeof tree !== 'object' || tree === null) return replacement;
	const entries = Array.isArray(tree) ? tree.map((v, i) => [String(i), v] as const) : Object.entries(tree);
	if (entries.length === 0 || path.length === 0) return kind === 0 ? replacement : tree;
	const [head = 0, ...rest] = path;
	const index = head % entries.length;
	const [key] = entries[index] ?? ['0'];
	const copy: Record<string, Json> | Json[] = Array.isArray(tree) ? [...tree] : { ...(tree as Record<string, Json>) };
	const target = copy as Record<string, Json>;
	if (rest.length === 0 && kind === 1) {
		if (Array.isArray(copy)) copy.splice(index, 1);
		else delete target[key];
	} else if (rest.length === 0 && kind === 2 && !Array.isArray(copy)) {
		target[`extra_${key}`] = replacement;
	} else {
		target[key] = mutate(target[key], rest, replacement, kind);
	}
	return copy;
}
