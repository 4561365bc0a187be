// What a file from elsewhere can carry, and what the app says about it: ids, steps, control
// characters, encodings, limits, and refusals in French, once per field (issue 16, items 2, 7, 8, 13, 14).
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { generateDiagnostics } from '../../../scripts/bench/generate-diagnostics';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import {
	MAX_DIAGNOSTICS_PER_FILE,
	MAX_FILE_BYTES,
	readDiagnosticBytes,
	readDiagnosticFile,
	splitForExport,
	writeDiagnosticFile
} from '../../../src/lib/model/diagnostic-file';
import { engagedAnswers } from '../../fixtures/answers';

const at = new Date('2026-03-01T10:00:00.000Z');
const one = (changes: Partial<Diagnostic> | Record<string, unknown> = {}) => ({
	...createDiagnostic(questionnaire.version, 'profile', at, 'exemple-1'),
	answers: { authority_name: 'Brest' },
	...changes
});
const fileOf = (...diagnostics: unknown[]) => writeDiagnosticFile(diagnostics as Diagnostic[], at);
const errorsOf = (text: string) => {
	const read = readDiagnosticFile(text);
	return read.ok ? [] : read.errors;
};

describe('ids and steps read from files', () => {
	it('refuses an id outside letters, digits, « - » and « _ » (a comma would split a selection, a formula reach the CSV)', () => {
		for (const id of ['x,y', '../x', 'a b', 'é', '=HYPERLINK("https://exemple.test")', '@SUM(1+1)', '+33']) {
			expect(errorsOf(fileOf(one({ id })))).toEqual([expect.stringContaining('(diagnostics.0.id)')]);
		}
		expect(errorsOf(fileOf(one({ previousEditionId: 'a,b' })))[0]).toMatch(
			/^Diagnostic n°\u00a01, édition précédente/
		);
		expect(readDiagnosticFile(fileOf(one({ id: 'Ab_9-z' }))).ok).toBe(true);
	});

	it('never keeps a step the questionnaire does not have: back to the first step left to answer', () => {
		for (const currentStepId of ['nowhere', '../../reunion']) {
			const read = readDiagnosticFile(fileOf(one({ currentStepId, answers: engagedAnswers })));
			expect(read.ok && read.diagnostics[0]!.currentStepId).toBe('needs');
		}
		const fresh = readDiagnosticFile(fileOf(one({ currentStepId: 'nowhere', answers: {} })));
		expect(fresh.ok && fresh.diagnostics[0]!.currentStepId).toBe('profile');
	});
});

describe('text a file or a keyboard can carry', () => {
	it('refuses control characters in names and answers, in French', () => {
		expect(errorsOf(fileOf(one({ title: 'Brest\u0000Finistère' })))).toEqual([
			'Diagnostic n°\u00a01, nom du diagnostic (diagnostics.0.title)\u00a0: contient un caractère de contrôle invisible (NUL…), refusé'
		]);
		expect(errorsOf(fileOf(one({ answers: { authority_name: 'Brest\u0007' } })))[0]).toMatch(
			/question «\u00a0Nom de la collectivité\u00a0»/
		);
		expect(readDiagnosticFile(fileOf(one({ answers: { authority_name: 'Nguyễn Ελλάδα Київ' } }))).ok).toBe(true);
	});

	it('reads a byte order mark, and refuses text that is not UTF-8 instead of garbling it', () => {
		const text = fileOf(one({ answers: { authority_name: 'Besançon' } }));
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
		const read = readDiagnosticBytes(withBom);
		expect(read.ok && read.diagnostics[0]!.answers['authority_name']).toBe('Besançon');
		expect(readDiagnosticFile(`\ufeff${text}`).ok).toBe(true);
		const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0));
		const refused = readDiagnosticBytes(latin1);
		expect(refused.ok).toBe(false);
		expect(!refused.ok && refused.errors).toEqual([expect.stringContaining('n’est pas encodé en UTF-8')]);
	});
});

describe('refusals', () => {
	it('are in French, name the field in the user’s words, and say each field once', () => {
		const errors = [
			...errorsOf(fileOf(one({ extra: 1 }))),
			...errorsOf(fileOf(one({ revision: 'trois' }))),
			...errorsOf(fileOf(one({ title: undefined }))),
			...errorsOf(fileOf(one()).replace('"revision": 0', '"revision": 1e400')),
			...errorsOf(fileOf(one()).replace('"schemaVersion": 1', '"schemaVersion": 1e400'))
		];
		expect(errors).toEqual([
			'Diagnostic n°\u00a01, champ « extra » (diagnostics.0.extra)\u00a0: champ inconnu de ce format : le fichier a peut-être été modifié',
			'Diagnostic n°\u00a01, numéro d’enregistrement (diagnostics.0.revision)\u00a0: doit être un nombre',
			'Diagnostic n°\u00a01, nom du diagnostic (diagnostics.0.title)\u00a0: manque',
			'Diagnostic n°\u00a01, numéro d’enregistrement (diagnostics.0.revision)\u00a0: doit être un nombre entier',
			'Diagnostic n°\u00a01, version du format du diagnostic (diagnostics.0.schemaVersion)\u00a0: doit être un nombre entier'
		]);
		for (const error of errors) expect(error).not.toMatch(/Invalid|Expected|received/);
	});

	it('ask to update the app for a diagnostic from a newer version of its format', () => {
		expect(errorsOf(fileOf(one({ schemaVersion: 2 })))).toEqual([
			'Diagnostic n°\u00a01 (diagnostics.0) vient d’une version plus récente du format des diagnostics (version 2)\u00a0: mettez l’application à jour pour l’ouvrir.'
		]);
	});
});

describe('what the app exports, it imports', () => {
	it('splits an export over the count limit into files that each read back', () => {
		const many = generateDiagnostics(MAX_DIAGNOSTICS_PER_FILE + 1, 3);
		const parts = splitForExport(many);
		expect(parts.map((p) => p.length)).toEqual([MAX_DIAGNOSTICS_PER_FILE, 1]);
		const read = parts.map((part) => readDiagnosticFile(writeDiagnosticFile(part, at)));
		expect(read.flatMap((r) => (r.ok ? r.diagnostics : []))).toHaveLength(many.length);
	}, 60_000);

	it('splits by size too: long answers never make a file the import refuses', () => {
		const long = 'Coopération décentralisée ✓ '.repeat(70).slice(0, 2000);
		const heavy = generateDiagnostics(3000, 4).map((d) => ({
			...d,
			answers: { ...d.answers, authority_name: long.slice(0, 120) },
			legacyAnswers: { a: long, b: long, c: long }
		}));
		const parts = splitForExport(heavy);
		expect(parts.length).toBeGreaterThan(1);
		for (const part of parts) {
			const bytes = new TextEncoder().encode(writeDiagnosticFile(part, at));
			expect(bytes.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
			expect(readDiagnosticBytes(bytes).ok).toBe(true);
		}
	}, 60_000);
});
