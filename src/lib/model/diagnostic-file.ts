// The exported file: one or several diagnostics, versioned. Reading one is strict: a file is
// either accepted whole, every diagnostic valid, or refused with French messages saying where.
import * as v from 'valibot';
import { questionnaire } from '../content/questionnaire';
import type { Answers } from '../content/types';
import { checkAnswers } from '../engine/answer-check';
import { DIAGNOSTIC_SCHEMA_VERSION, type Diagnostic } from './diagnostic';

export const FILE_FORMAT = 'acter-autodiagnostic';
export const FILE_FORMAT_VERSION = 1;
/** Far above a year of meetings (a diagnostic is ~5 KB), far below what would freeze a phone. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_DIAGNOSTICS_PER_FILE = 5000;

const isoDate = v.pipe(v.string(), v.isoTimestamp('doit être une date ISO 8601 (par exemple 2026-11-26T09:30:00.000Z)'));
const identifier = v.pipe(v.string(), v.minLength(1, 'ne doit pas être vide'), v.maxLength(100, 'est trop long'));

const answerValueSchema = v.union(
	[
		v.pipe(v.string(), v.maxLength(2000, 'est trop long (2 000 caractères au plus)')),
		v.pipe(v.number(), v.finite('doit être un nombre')),
		v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(300, 'contient trop de choix'))
	],
	'doit être un texte, un nombre ou une liste de choix'
);

export const diagnosticSchema = v.strictObject({
	schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(DIAGNOSTIC_SCHEMA_VERSION)),
	questionnaireVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(questionnaire.version)),
	id: identifier,
	title: v.pipe(v.string(), v.maxLength(120, 'est trop long (120 caractères au plus)')),
	createdAt: isoDate,
	updatedAt: isoDate,
	revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
	answers: v.record(identifier, answerValueSchema),
	currentStepId: identifier,
	completedAt: v.optional(isoDate),
	lastExportedAt: v.optional(isoDate),
	previousEditionId: v.optional(identifier),
	legacyAnswers: v.optional(v.record(identifier, v.pipe(v.string(), v.maxLength(2000))))
});

export const diagnosticFileSchema = v.strictObject({
	format: v.literal(FILE_FORMAT, `doit valoir « ${FILE_FORMAT} »`),
	formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(FILE_FORMAT_VERSION)),
	exportedAt: isoDate,
	diagnostics: v.pipe(
		v.array(diagnosticSchema),
		v.minLength(1, 'ne contient aucun diagnostic'),
		v.maxLength(MAX_DIAGNOSTICS_PER_FILE, `contient plus de ${MAX_DIAGNOSTICS_PER_FILE} diagnostics`)
	)
});

export type DiagnosticFile = v.InferOutput<typeof diagnosticFileSchema>;

export type ReadResult = { ok: true; diagnostics: Diagnostic[] } | { ok: false; errors: string[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
	const keys = v.getDotPath(issue);
	return keys ? `« ${keys} »` : 'le fichier';
}

/** Reads an exported file's text. Never throws; refuses the whole file on the first kind of problem. */
export function readDiagnosticFile(text: string): ReadResult {
	if (text.length > MAX_FILE_BYTES) {
		return { ok: false, errors: [`Le fichier est trop volumineux (plus de ${MAX_FILE_BYTES / 1024 / 1024} Mo).`] };
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, errors: ['Ce fichier n’est pas un fichier JSON valide : il a peut-être été tronqué ou modifié.'] };
	}
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FILE_FORMAT) {
		return { ok: false, errors: ['Ce fichier n’est pas un export de l’autodiagnostic ACTER.'] };
	}
	const version = (data as { formatVersion?: unknown }).formatVersion;
	if (typeof version === 'number' && version > FILE_FORMAT_VERSION) {
		return {
			ok: false,
			errors: ['Ce fichier vient d’une version plus récente de l’application : mettez l’application à jour pour l’ouvrir.']
		};
	}
	const parsed = v.safeParse(diagnosticFileSchema, data);
	if (!parsed.success) {
		return { ok: false, errors: parsed.issues.slice(0, 20).map((issue) => `${pathOf(issue)} : ${issue.message}`) };
	}
	const errors: string[] = [];
	parsed.output.diagnostics.forEach((diagnostic, index) => {
		for (const problem of checkAnswers(questionnaire, diagnostic.answers as Answers)) {
			errors.push(`« diagnostics.${index}.answers.${problem.questionId} » : ${problem.message}`);
		}
	});
	if (errors.length > 0) return { ok: false, errors: errors.slice(0, 20) };
	return { ok: true, diagnostics: parsed.output.diagnostics as Diagnostic[] };
}

export function writeDiagnosticFile(diagnostics: readonly Diagnostic[], now: Date = new Date()): string {
	const file: DiagnosticFile = {
		format: FILE_FORMAT,
		formatVersion: FILE_FORMAT_VERSION,
		exportedAt: now.toISOString(),
		diagnostics: diagnostics.map((d) => ({ ...d, answers: { ...d.answers } as Record<string, string | number | string[]> }))
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}
