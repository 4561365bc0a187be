// What a valid diagnostic record is, wherever it comes from (a file, this device's storage):
// brought up to the current questionnaire first, then checked strictly, with French messages.
import * as v from 'valibot';
import { questionnaire } from '../content/questionnaire';
import type { Answers } from '../content/types';
import { checkAnswers } from '../engine/answer-check';
import { DIAGNOSTIC_SCHEMA_VERSION, type Diagnostic } from './diagnostic';
import { migrateRecord } from './migrations';

export const isoDate = v.pipe(v.string(), v.isoTimestamp('doit être une date ISO 8601 (par exemple 2026-11-26T09:30:00.000Z)'));
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

export type Checked = { ok: true; diagnostic: Diagnostic; migrated: boolean } | { ok: false; errors: string[] };

const MAX_MESSAGES = 20;

function where(prefix: string, issue: v.BaseIssue<unknown>): string {
	const path = [prefix, v.getDotPath(issue)].filter(Boolean).join('.');
	return path ? `« ${path} »` : 'le diagnostic';
}

/** Migrates then validates one record; `prefix` says where it sits in its file (« diagnostics.3 »). */
export function checkDiagnostic(raw: unknown, prefix = ''): Checked {
	const migration = migrateRecord(raw);
	if (migration.kind === 'newer') {
		return {
			ok: false,
			errors: [
				`${prefix ? `« ${prefix} »` : 'Ce diagnostic'} vient d’une version plus récente du questionnaire (version ${migration.version}) : mettez l’application à jour pour l’ouvrir.`
			]
		};
	}
	const parsed = v.safeParse(diagnosticSchema, migration.record);
	if (!parsed.success) {
		return { ok: false, errors: parsed.issues.slice(0, MAX_MESSAGES).map((issue) => `${where(prefix, issue)}\u00a0: ${issue.message}`) };
	}
	const answers = parsed.output.answers as Answers;
	const problems = checkAnswers(questionnaire, answers);
	if (problems.length > 0) {
		const at = (id: string) => `« ${[prefix, 'answers', id].filter(Boolean).join('.')} »`;
		return { ok: false, errors: problems.slice(0, MAX_MESSAGES).map((p) => `${at(p.questionId)}\u00a0: ${p.message}`) };
	}
	return { ok: true, diagnostic: parsed.output as Diagnostic, migrated: migration.kind === 'migrated' };
}
