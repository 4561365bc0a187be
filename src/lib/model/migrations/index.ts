// Brings a diagnostic saved under an earlier questionnaire up to the current one, step by step
// (v0→v1, v1→v2…). Pure: the storage load path and file import both run it before validating.
import { questionnaire } from '../../content/questionnaire';
import { applyChange, type Change, type Migratable } from './changes';
import { v0ToV1 } from './v0-to-v1';
import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';

/** steps[n] turns questionnaire version n into n + 1 */
export const steps: readonly (readonly Change[])[] = [v0ToV1, v1ToV2, v2ToV3];

export const CURRENT_QUESTIONNAIRE_VERSION = questionnaire.version;

export type MigrationResult = { kind: 'current' | 'migrated'; record: unknown } | { kind: 'newer'; version: number };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Returns the record at the current version; anything it cannot read is left for validation to refuse. */
export function migrateRecord(raw: unknown, target: number = CURRENT_QUESTIONNAIRE_VERSION): MigrationResult {
	if (!isObject(raw) || typeof raw.questionnaireVersion !== 'number' || !Number.isInteger(raw.questionnaireVersion)) {
		return { kind: 'current', record: raw };
	}
	const from = raw.questionnaireVersion;
	if (from > target) return { kind: 'newer', version: from };
	if (from === target || from < 0 || !isObject(raw.answers)) return { kind: 'current', record: raw };
	const work: Migratable = {
		answers: { ...raw.answers },
		legacyAnswers: isObject(raw.legacyAnswers) ? ({ ...raw.legacyAnswers } as Record<string, string>) : {},
		currentStepId: raw.currentStepId
	};
	for (let version = from; version < target; version++) {
		for (const change of steps[version] ?? []) applyChange(work, change);
	}
	const record: Record<string, unknown> = {
		...raw,
		questionnaireVersion: target,
		answers: work.answers,
		currentStepId: work.currentStepId
	};
	if (Object.keys(work.legacyAnswers).length > 0) record.legacyAnswers = work.legacyAnswers;
	return { kind: 'migrated', record };
}
