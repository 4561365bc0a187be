import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { checkAnswers } from '../../../src/lib/engine/answer-check';
import { readDiagnosticFile } from '../../../src/lib/model/diagnostic-file';
import { checkDiagnostic } from '../../../src/lib/model/diagnostic-schema';
import { migrateRecord, steps } from '../../../src/lib/model/migrations';
import type { Answers } from '../../../src/lib/content/types';
import { isComplete } from '../../../src/lib/engine/progress';
import { profileAnswers } from '../../fixtures/answers';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/migrations/${name}`, import.meta.url), 'utf8');

describe('questionnaire migrations', () => {
	it('has one step per earlier questionnaire version', () => {
		expect(steps).toHaveLength(questionnaire.version);
	});

	it('reads a beta (v0) export: renamed questions and options, split question, removed answers kept', () => {
		const result = readDiagnosticFile(fixture('questionnaire-v0-file.json'));
		expect(result.ok, JSON.stringify(result)).toBe(true);
		if (!result.ok) return;
		const [first, second] = result.diagnostics;
		expect(first).toMatchObject({
			questionnaireVersion: questionnaire.version,
			id: 'beta-0001',
			revision: 14,
			currentStepId: 'partnerships',
			answers: {
				authority_type: 'municipality',
				has_international_action: 'yes',
				cooperation_forms: ['twinning', 'european_project'],
				cooperation_kinds: ['cultural', 'technical']
			},
			legacyAnswers: {
				budget_band: 'Budget annuel\u00a0: De 100 000 à 500 000 €',
				partner_cities: 'Villes partenaires\u00a0: Tuléar (Madagascar), Ouahigouya (Burkina Faso)'
			}
		});
		expect(first?.answers).not.toHaveProperty('budget_band');
		expect(first?.answers).not.toHaveProperty('has_action');
		expect(second).toMatchObject({
			currentStepId: 'budget',
			answers: { authority_type: 'department', has_international_action: 'no', budget_band: 'under_10k' }
		});
		expect(second?.legacyAnswers).toBeUndefined();
		for (const diagnostic of result.diagnostics)
			expect(checkAnswers(questionnaire, diagnostic.answers)).toEqual([]);
	});

	it('leaves a current record untouched', () => {
		const record = { questionnaireVersion: questionnaire.version, answers: { has_international_action: 'yes' } };
		expect(migrateRecord(record)).toEqual({ kind: 'current', record });
	});

	it('refuses a record from a newer questionnaire, saying so', () => {
		const [raw] = JSON.parse(fixture('db-v1-records.json')) as Record<string, unknown>[];
		const checked = checkDiagnostic({ ...raw, questionnaireVersion: 7 });
		expect(checked).toEqual({
			ok: false,
			errors: [expect.stringContaining('version plus récente du questionnaire')]
		});
	});

	it('keeps options a split does not place, as text', () => {
		const record = {
			questionnaireVersion: 0,
			answers: { cooperation: ['twinning', 'mystery'] },
			currentStepId: 'actions'
		};
		const result = migrateRecord(record);
		expect(result).toMatchObject({
			kind: 'migrated',
			record: {
				answers: { cooperation_forms: ['twinning'] },
				legacyAnswers: { cooperation: 'cooperation\u00a0: mystery' }
			}
		});
	});

	it('does not change its input', () => {
		const record = { questionnaireVersion: 0, answers: { has_action: 'no' }, currentStepId: 'money' };
		const copy = structuredClone(record);
		migrateRecord(record);
		expect(record).toEqual(copy);
	});
});

describe('questionnaire v1 → v2', () => {
	it('opens a first-release export: the agents question moves when there is no service, the rest is kept', () => {
		const result = readDiagnosticFile(fixture('questionnaire-v1-file.json'));
		expect(result.ok, JSON.stringify(result)).toBe(true);
		if (!result.ok) return;
		const [diagnostic] = result.diagnostics;
		expect(diagnostic?.questionnaireVersion).toBe(questionnaire.version);
		expect(diagnostic?.answers).toMatchObject({
			ri_service: 'no',
			staff_time: 'work_time',
			motivations: ['openness', 'social_cohesion']
		});
		expect(diagnostic?.answers).not.toHaveProperty('agents_outside_service');
		expect(checkAnswers(questionnaire, diagnostic?.answers ?? {})).toEqual([]);
	});

	it('leaves the agents answer where it is when the authority has a service', () => {
		const record = {
			questionnaireVersion: 1,
			answers: { ri_service: 'yes', agents_outside_service: 'volunteer' },
			currentStepId: 'organisation'
		};
		expect(migrateRecord(record)).toMatchObject({
			kind: 'migrated',
			record: { answers: { agents_outside_service: 'volunteer' } }
		});
	});
});

describe('questionnaire v2 → v3', () => {
	it('keeps every answer of an authority without an RI service, and asks it the Europe service when it comes back', () => {
		const answers = { ...profileAnswers('humanis') };
		delete answers['europe_service'];
		const record = { questionnaireVersion: 2, answers, currentStepId: 'organisation' };
		const result = migrateRecord(record);
		expect(result).toMatchObject({ kind: 'migrated', record: { questionnaireVersion: 3, answers } });
		if (result.kind === 'newer') return;
		const migrated = (result.record as { answers: Answers }).answers;
		expect(answers['ri_service']).toBe('no');
		// only the new question is missing
		expect(isComplete(questionnaire, migrated)).toBe(false);
		expect(isComplete(questionnaire, { ...migrated, europe_service: 'no' })).toBe(true);
	});
});
