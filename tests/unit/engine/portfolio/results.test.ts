import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../../src/lib/content/questionnaire';
import { createDiagnostic, type Diagnostic } from '../../../../src/lib/model/diagnostic';
import { modelDistribution } from '../../../../src/lib/engine/portfolio/aggregate';
import {
	comparisonRows,
	comparisonTable,
	mainNeedRow,
	placementRow
} from '../../../../src/lib/engine/portfolio/compare';
import { listFr } from '../../../../src/lib/engine/french';
import { regionalNetworkName } from '../../../../src/lib/engine/portfolio/network';
import { placementText } from '../../../../src/lib/engine/portfolio/results';
import { completionDate, diagnosticStatus } from '../../../../src/lib/engine/portfolio/status';
import type { EngagedPlacement } from '../../../../src/lib/engine/typology/types';
import { completed, nextEdition } from '../../../../src/lib/model/operations';
import { shareChanges } from '../../../../src/lib/engine/portfolio/edition-diff';
import { engagedAnswers, startingAnswers } from '../../../fixtures/answers';

const at = (id: string, answers: Diagnostic['answers']): Diagnostic => ({
	...createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T00:00:00Z'), id),
	answers
});
const commune = at('commune', engagedAnswers);
const village = at('village', startingAnswers);
const partial = at('partial', { authority_type: 'municipality' });

describe('placements across a selection', () => {
	it('names the model, the starting path, or an incomplete questionnaire', () => {
		const [model, starting, incomplete] = placementRow(questionnaire, [commune, village, partial]).values;
		expect(model).toMatch(/^(HUMANIS|COSMIN|CIMOB|CLIMAPART|ASTRE)/);
		expect(starting).toBe('Pas encore d’action extérieure');
		expect(incomplete).toBe('Questionnaire incomplet');
	});

	it('names the first need the recommendations rank, for the complete diagnostics only', () => {
		const { main_obstacle: _main, ...oneObstacle } = engagedAnswers;
		const networked = at('networked', {
			...oneObstacle,
			networks: ['cuf'],
			obstacles: ['crises'],
			needs: ['peer_information']
		});
		expect(mainNeedRow(questionnaire, [commune, village, partial, networked])).toEqual({
			id: 'main_need',
			label: 'Besoin principal',
			values: [
				'Des informations sur les dispositifs de financement',
				'Des informations sur les dispositifs de financement',
				'Questionnaire incomplet',
				'Des informations sur les actions menées par d’autres collectivités'
			]
		});
	});

	it('lays the table out as the issue lists the indicators: model first, main need last', () => {
		const ids = comparisonTable(questionnaire, [commune, village]).map((row) => row.id);
		expect(ids).toEqual([
			'model',
			'authority_type',
			'population_band',
			'service',
			'budget_band',
			'networks',
			'main_obstacle',
			'main_need'
		]);
	});

	it('counts main models over the complete diagnostics only', () => {
		const models = modelDistribution(questionnaire, [commune, village, partial]);
		expect(models.base).toBe(2);
		expect(models.options.map((o) => o.count)).toEqual([1, 1]);
	});

	it('shows how each share moved between two complete editions, and nothing otherwise', () => {
		const later = at('later', {
			...engagedAnswers,
			ri_service: 'yes',
			europe_service: 'no',
			agents_outside_service: 'no',
			ri_fte: 3,
			budget_band: '250k_500k',
			networks: ['cuf']
		});
		const moves = shareChanges(questionnaire, commune, later)!;
		expect(moves).toHaveLength(5);
		expect(moves.reduce((sum, m) => sum + m.after - m.before, 0)).toBe(0);
		expect(shareChanges(questionnaire, commune, village)).toBeNull();
	});
});

describe('wording of the meeting views', () => {
	it('lists the models of a hybrid profile as French does, once « et »', () => {
		const hybrid = {
			kind: 'engaged',
			main: 'cimob',
			hybrid: ['cimob', 'humanis', 'cosmin']
		} as unknown as EngagedPlacement;
		expect(placementText(hybrid)).toBe('CIMOB, HUMANIS et COSMIN (profil hybride)');
		expect(placementText({ ...hybrid, hybrid: ['cimob', 'humanis'] } as EngagedPlacement)).toBe(
			'CIMOB et HUMANIS (profil hybride)'
		);
		expect(listFr(['a', 'b', 'c', 'd'])).toBe('a, b, c et d');
	});

	it('names the regional network an authority ticked, rather than « le RRMA de ma région »', () => {
		const member = (region: string, department: string) => ({
			...engagedAnswers,
			region,
			department,
			networks: ['rrma', 'cuf']
		});
		const [breton, yvelines, paris] = comparisonRows(questionnaire, [
			member('bretagne', '35'),
			member('ile-de-france', '78'),
			member('ile-de-france', '75')
		]).find((row) => row.id === 'networks')!.values;
		expect(breton).toContain('Réseau Bretagne Solidaire');
		expect(yvelines).toContain('Yvelines Coopération Internationale et Développement');
		expect(paris).toContain('Un réseau régional multi-acteurs (RRMA)');
		for (const text of [breton, yvelines, paris]) expect(text).not.toMatch(/ma région/);
		expect(regionalNetworkName({ region: 'pays-de-la-loire', department: '44' })).toBe(
			'Pays de la Loire Coopération Internationale'
		);
	});
});

describe('where a diagnostic stands', () => {
	it('is not started, in progress with its share answered, or complete', () => {
		expect(diagnosticStatus(questionnaire, at('empty', {}))).toEqual({ state: 'not_started', percent: 0 });
		expect(diagnosticStatus(questionnaire, partial)).toMatchObject({ state: 'in_progress' });
		expect(diagnosticStatus(questionnaire, commune)).toEqual({ state: 'complete', percent: 100 });
	});

	it('keeps a new edition « En cours » with every answer carried over, until it is finished again', () => {
		const edition = nextEdition(commune, 'profile', new Date('2027-01-01T00:00:00Z'), 'commune-2027');
		expect(diagnosticStatus(questionnaire, edition).state).toBe('in_progress');
		const finished = completed(edition, new Date('2027-01-02T00:00:00Z'));
		expect(diagnosticStatus(questionnaire, finished).state).toBe('complete');
		expect(completionDate(questionnaire, finished)).toBe('2027-01-02T00:00:00.000Z');
		expect(completed(finished, new Date('2027-06-01T00:00:00Z')).completedAt).toBe('2027-01-02T00:00:00.000Z');
		expect(completionDate(questionnaire, edition)).toBeNull();
	});
});
