import { questionnaire } from '../../../src/lib/content/questionnaire';
import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../../src/lib/model/diagnostic';
import { FILE_FORMAT, readDiagnosticFile, writeDiagnosticFile } from '../../../src/lib/model/diagnostic-file';
import { engagedAnswers } from '../../fixtures/answers';

const diagnostic = { ...createDiagnostic(questionnaire.version, 'profile', new Date('2026-11-26T09:00:00Z'), 'd1'), answers: engagedAnswers };

describe('exported files', () => {
	it('reads back what it writes', () => {
		const result = readDiagnosticFile(writeDiagnosticFile([diagnostic]));
		expect(result).toEqual({ ok: true, diagnostics: [diagnostic] });
	});

	it('refuses text that is not JSON, or JSON of another kind', () => {
		expect(readDiagnosticFile('{"format":')).toMatchObject({ ok: false, errors: [expect.stringMatching(/pas un fichier JSON valide/)] });
		expect(readDiagnosticFile('[1,2]')).toMatchObject({ ok: false, errors: [expect.stringMatching(/pas un export/)] });
	});

	it('asks for an update when the file comes from a newer version', () => {
		const newer = JSON.stringify({ format: FILE_FORMAT, formatVersion: 99, exportedAt: diagnostic.createdAt, diagnostics: [diagnostic] });
		expect(readDiagnosticFile(newer)).toMatchObject({ ok: false, errors: [expect.stringMatching(/version plus récente/)] });
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
		expect(!unknownQuestion.ok && unknownQuestion.errors).toEqual([expect.stringMatching(/favourite_colour.*question inconnue/)]);
		const unknownOption = readDiagnosticFile(file({ ...engagedAnswers, authority_type: 'kingdom' }));
		expect(!unknownOption.ok && unknownOption.errors[0]).toMatch(/authority_type.*«\u00a0kingdom\u00a0»/);
		const outOfRange = readDiagnosticFile(file({ ...engagedAnswers, ri_fte: 5000 }));
		expect(!outOfRange.ok && outOfRange.errors[0]).toMatch(/ri_fte.*compris entre/);
	});
});
