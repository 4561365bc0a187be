import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { checkAnswers } from '../../../src/lib/engine/answer-check';
import { createDiagnostic } from '../../../src/lib/model/diagnostic';
import {
	diagnosticSchema,
	FILE_FORMAT,
	readDiagnosticFile,
	writeDiagnosticFile,
	type ReadResult
} from '../../../src/lib/model/diagnostic-file';
import { engagedAnswers } from '../../fixtures/answers';
import { mutate, validDiagnostic } from '../../support/arbitraries';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
/** thousands of runs take a few seconds on a busy 2-core machine */
const SLOW = 120_000;
const beta = readFileSync(new URL('../../fixtures/migrations/questionnaire-v0-file.json', import.meta.url), 'utf8');
const diagnostic = {
	...createDiagnostic(questionnaire.version, 'profile', new Date('2026-11-26T09:00:00Z'), 'd1'),
	answers: engagedAnswers
};

/** Accepted and entirely valid, or refused with at least one message: never anything in between. */
function wholeOrNothing(result: ReadResult): void {
	if (result.ok) {
		expect(result.diagnostics.length).toBeGreaterThan(0);
		for (const diagnostic of result.diagnostics) {
			expect(v.is(diagnosticSchema, diagnostic)).toBe(true);
			expect(checkAnswers(questionnaire, diagnostic.answers)).toEqual([]);
		}
	} else {
		expect(result.errors.length).toBeGreaterThan(0);
		for (const error of result.errors) expect(error).toMatch(/\S/);
	}
}

describe('readDiagnosticFile', () => {
	it(
		'reads back what it writes',
		() => {
			fc.assert(
				fc.property(fc.array(validDiagnostic, { minLength: 1, maxLength: 4 }), (diagnostics) => {
					expect(readDiagnosticFile(writeDiagnosticFile(diagnostics))).toEqual({ ok: true, diagnostics });
				}),
				{ numRuns: RUNS / 4 }
			);
		},
		SLOW
	);

	it(
		'never throws and never half-accepts arbitrary text or JSON',
		() => {
			fc.assert(
				fc.property(
					fc.oneof(
						fc.string(),
						fc.jsonValue().map((json) => JSON.stringify(json))
					),
					(text) => {
						wholeOrNothing(readDiagnosticFile(text));
					}
				),
				{ numRuns: RUNS }
			);
		},
		SLOW
	);

	it(
		'never throws and never half-accepts a damaged export, current or from the beta',
		() => {
			const files = fc.oneof(
				fc
					.array(validDiagnostic, { minLength: 1, maxLength: 3 })
					.map((d) => JSON.parse(writeDiagnosticFile(d)) as unknown),
				fc.constant(JSON.parse(beta) as unknown)
			);
			const damage = fc.record({
				path: fc.array(fc.nat(40), { minLength: 0, maxLength: 5 }),
				replacement: fc.oneof(
					fc.jsonValue(),
					fc.constantFrom('unknown', 'yes', '', -1, 1e308, 0, [], {}, null, '__proto__')
				),
				kind: fc.nat(2)
			});
			fc.assert(
				fc.property(files, fc.array(damage, { minLength: 1, maxLength: 3 }), (file, changes) => {
					const damaged = changes.reduce((tree, c) => mutate(tree, c.path, c.replacement, c.kind), file);
					wholeOrNothing(readDiagnosticFile(JSON.stringify(damaged)));
				}),
				{ numRuns: RUNS }
			);
		},
		SLOW
	);

	it.each([
		['not JSON', '{"format": "acter-autodiagnostic",', /pas un fichier JSON valide/],
		['another kind of file', JSON.stringify({ type: 'FeatureCollection' }), /pas un export de l’autodiagnostic/],
		[
			'a newer format',
			JSON.stringify({ format: 'acter-autodiagnostic', formatVersion: 99 }),
			/version plus récente de l’application/
		]
	])('refuses %s with a clear message', (_name, text, message) => {
		const result = readDiagnosticFile(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[0]).toMatch(message);
	});

	it('says where an unknown answer is, and imports nothing from that file', () => {
		const file = JSON.parse(beta) as { diagnostics: { answers: Record<string, unknown> }[] };
		file.diagnostics[1]!.answers.authority_type = 'kingdom';
		file.diagnostics[1]!.answers.mystery = 'x';
		const result = readDiagnosticFile(JSON.stringify(file));
		expect(result).toEqual({
			ok: false,
			errors: [
				'Diagnostic n°\u00a02, question « Type de collectivité » (diagnostics.1.answers.authority_type)\u00a0: réponse inconnue « kingdom »',
				'Diagnostic n°\u00a02, réponse « mystery » (diagnostics.1.answers.mystery)\u00a0: question inconnue de ce questionnaire'
			]
		});
	});

	it('refuses a file listing the same diagnostic twice', () => {
		const file = JSON.parse(beta) as { diagnostics: { id: string }[] };
		file.diagnostics[1]!.id = file.diagnostics[0]!.id;
		const result = readDiagnosticFile(JSON.stringify(file));
		expect(result.ok).toBe(false);
	});
});

describe('exported files', () => {
	it('reads back what it writes', () => {
		const result = readDiagnosticFile(writeDiagnosticFile([diagnostic]));
		expect(result).toEqual({ ok: true, diagnostics: [diagnostic] });
	});

	it('refuses text that is not JSON, or JSON of another kind', () => {
		expect(readDiagnosticFile('{"format":')).toMatchObject({
			ok: false,
			errors: [expect.stringMatching(/pas un fichier JSON valide/)]
		});
		expect(readDiagnosticFile('[1,2]')).toMatchObject({
			ok: false,
			errors: [expect.stringMatching(/pas un export/)]
		});
	});

	it('asks for an update when the file comes from a newer version', () => {
		const newer = JSON.stringify({
			format: FILE_FORMAT,
			formatVersion: 99,
			exportedAt: diagnostic.createdAt,
			diagnostics: [diagnostic]
		});
		expect(readDiagnosticFile(newer)).toMatchObject({
			ok: false,
			errors: [expect.stringMatching(/version plus récente/)]
		});
	});

	it('names the place of a wrong field', () => {
		const broken = JSON.parse(writeDiagnosticFile([diagnostic]));
		broken.diagnostics[0].revision = -1;
		const result = readDiagnosticFile(JSON.stringify(broken));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors[0]).toMatch(/diagnostics\.0\.revision/);
	});

	it('refuses unknown questions and options, saying which', () => {
		const file = (answers: object) => writeDiagnosticFile([{ ...diagnostic, answers: answers as never }]);
		const unknownQuestion = readDiagnosticFile(file({ ...engagedAnswers, favourite_colour: 'blue' }));
		expect(!unknownQuestion.ok && unknownQuestion.errors).toEqual([
			expect.stringMatching(/favourite_colour.*question inconnue/)
		]);
		const unknownOption = readDiagnosticFile(file({ ...engagedAnswers, authority_type: 'kingdom' }));
		expect(!unknownOption.ok && unknownOption.errors[0]).toMatch(/authority_type.*«\u00a0kingdom\u00a0»/);
		const outOfRange = readDiagnosticFile(file({ ...engagedAnswers, ri_fte: 5000 }));
		expect(!outOfRange.ok && outOfRange.errors[0]).toMatch(/ri_fte.*compris entre/);
	});
});
