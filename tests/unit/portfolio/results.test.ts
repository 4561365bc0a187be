import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { modelDistribution } from '../../../src/lib/engine/portfolio/aggregate';
import { comparisonTable, mainNeedRow, placementRow } from '../../../src/lib/engine/portfolio/compare';
import { shareChanges } from '../../../src/lib/engine/portfolio/edition-diff';
import { engagedAnswers, startingAnswers } from '../../fixtures/answers';

const at = (id: string, answers: Diagnostic['answers']): Diagnostic => ({ ...createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T00:00:00Z'), id), answers });
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
		const networked = at('networked', { ...oneObstacle, networks: ['cuf'], obstacles: ['crises'], needs: ['peer_information'] });
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
		expect(ids).toEqual(['model', 'authority_type', 'population_band', 'service', 'budget_band', 'networks', 'main_obstacle', 'main_need']);
	});

	it('counts main models over the complete diagnostics only', () => {
		const models = modelDistribution(questionnaire, [commune, village, partial]);
		expect(models.base).toBe(2);
		expect(models.options.map((o) => o.count)).toEqual([1, 1]);
	});

	it('shows how each share moved between two complete editions, and nothing otherwise', () => {
		const later = at('later', { ...engagedAnswers, ri_service: 'yes', europe_service: 'no', agents_outside_service: 'no', ri_fte: 3, budget_band: '250k_500k', networks: ['cuf'] });
		const moves = shareChanges(questionnaire, commune, later)!;
		expect(moves).toHaveLength(5);
		expect(moves.reduce((sum, m) => sum + m.after - m.before, 0)).toBe(0);
		expect(shareChanges(questionnaire, commune, village)).toBeNull();
	});
});
