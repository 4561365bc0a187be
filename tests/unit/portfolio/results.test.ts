import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { modelDistribution } from '../../../src/lib/engine/portfolio/aggregate';
import { placementRow } from '../../../src/lib/engine/portfolio/compare';
import { shareChanges } from '../../../src/lib/engine/portfolio/edition-diff';
import { engagedAnswers, startingAnswers } from '../../fixtures/answers';

const at = (id: string, answers: Diagnostic['answers']): Diagnostic => ({ ...createDiagnostic(1, 'profile', new Date('2026-01-01T00:00:00Z'), id), answers });
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

	it('counts main models over the complete diagnostics only', () => {
		const models = modelDistribution(questionnaire, [commune, village, partial]);
		expect(models.base).toBe(2);
		expect(models.options.map((o) => o.count)).toEqual([1, 1]);
	});

	it('shows how each share moved between two complete editions, and nothing otherwise', () => {
		const later = at('later', { ...engagedAnswers, ri_service: 'yes', ri_fte: 3, budget_band: '250k_500k', networks: ['cuf'] });
		const moves = shareChanges(questionnaire, commune, later)!;
		expect(moves).toHaveLength(5);
		expect(moves.reduce((sum, m) => sum + m.after - m.before, 0)).toBe(0);
		expect(shareChanges(questionnaire, commune, village)).toBeNull();
	});
});
