// What a valid diagnostic record is, wherever it comes from (a file, this device's storage):
// brought up to the current questionnaire first, then checked strictly, with French messages.
import * as v from 'valibot';
import { questionnaire } from '../content/questionnaire';
import type { Answers } from '../content/types';
import { checkAnswers } from '../engine/answer-check';
import { firstIncompleteStep } from '../engine/progress';
import { visibleSteps } from '../engine/questionnaire';
import { DIAGNOSTIC_SCHEMA_VERSION, TITLE_MAX_LENGTH, WITHOUT_CONTROL_CHARACTERS, type Diagnostic } from './diagnostic';
import { migrateRecord } from './migrations';
import { place, refusalMessages } from './refusals';

export const isoDate = v.pipe(
	v.string(),
	v.isoTimestamp('doit être une date ISO 8601 (par exemple 2026-11-26T09:30:00.000Z)')
);
const identifier = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** Ids end up in addresses, file names and selections: letters without accents, digits, « - », « _ ». */
export const SAFE_ID = /^[A-Za-z0-9_-]+$/;
const safeId = v.pipe(
	identifier,
	v.regex(SAFE_ID, 'ne peut contenir que des lettres sans accent, des chiffres, « - » et « _ »')
);
const noControl = v.regex(WITHOUT_CONTROL_CHARACTERS, 'contient un caractère de contrôle invisible (NUL…), refusé');
const text = (max: number) => v.pipe(v.string(), v.maxLength(max), noControl);

const answerValueSchema = v.union([
	text(2000),
	v.pipe(v.number(), v.finite()),
	v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(300))
]);

export const diagnosticSchema = v.strictObject({
	schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(DIAGNOSTIC_SCHEMA_VERSION)),
	questionnaireVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(questionnaire.version)),
	id: safeId,
	title: text(TITLE_MAX_LENGTH),
	createdAt: isoDate,
	updatedAt: isoDate,
	revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
	answers: v.record(identifier, answerValueSchema),
	currentStepId: identifier,
	completedAt: v.optional(isoDate),
	lastExportedAt: v.optional(isoDate),
	previousEditionId: v.optional(safeId),
	legacyAnswers: v.optional(v.record(identifier, text(2000)))
});

export type Checked = { ok: true; diagnostic: Diagnostic; migrated: boolean } | { ok: false; errors: string[] };

const MAX_MESSAGES = 20;
const stepIds = new Set(questionnaire.steps.map((step) => step.id));

const isNewer = (value: unknown, current: number): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value > current;

function newer(prefix: string, of: 'du questionnaire' | 'du format des diagnostics', version: number): Checked {
	const which = prefix ? place(prefix) : 'Ce diagnostic';
	return {
		ok: false,
		errors: [
			`${which} vient d’une version plus récente ${of} (version ${version})\u00a0: mettez l’application à jour pour l’ouvrir.`
		]
	};
}

/** A step this questionnaire does not have (renamed, or a value typed into a file) never becomes an address. */
function knownStep(diagnostic: Diagnostic): Diagnostic {
	if (stepIds.has(diagnostic.currentStepId)) return diagnostic;
	const resume =
		firstIncompleteStep(questionnaire, diagnostic.answers) ??
		visibleSteps(questionnaire, diagnostic.answers).at(-1)?.id ??
		questionnaire.steps[0]!.id;
	return { ...diagnostic, currentStepId: resume };
}

/** Migrates then validates one record; `prefix` says where it sits in its file (« diagnostics.3 »). */
export function checkDiagnostic(raw: unknown, prefix = ''): Checked {
	const schemaVersion = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
	if (isNewer(schemaVersion, DIAGNOSTIC_SCHEMA_VERSION))
		return newer(prefix, 'du format des diagnostics', schemaVersion);
	const migration = migrateRecord(raw);
	if (migration.kind === 'newer') return newer(prefix, 'du questionnaire', migration.version);
	const parsed = v.safeParse(diagnosticSchema, migration.record);
	if (!parsed.success) return { ok: false, errors: refusalMessages(parsed.issues, prefix, MAX_MESSAGES) };
	const answers = parsed.output.answers as Answers;
	const problems = checkAnswers(questionnaire, answers);
	if (problems.length > 0) {
		const at = (id: string) => place([prefix, 'answers', id].filter(Boolean).join('.'));
		return {
			ok: false,
			errors: problems.slice(0, MAX_MESSAGES).map((p) => `${at(p.questionId)}\u00a0: ${p.message}`)
		};
	}
	const diagnostic = knownStep(parsed.output as Diagnostic);
	return { ok: true, diagnostic, migrated: migration.kind === 'migrated' || diagnostic !== parsed.output };
}
