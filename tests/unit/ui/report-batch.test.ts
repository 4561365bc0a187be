import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { reportBatch, reportsMessage } from '../../../src/lib/ui/report-batch';
import { engagedAnswers, startingAnswers } from '../../fixtures/answers';

const at = (id: string, answers: Diagnostic['answers']): Diagnostic => ({
	...createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T00:00:00Z'), id),
	answers
});

describe('roadmaps of a selection', () => {
	it('makes one for each complete diagnostic, in the order of the selection, and counts the others', () => {
		const batch = reportBatch(questionnaire, [
			at('village', startingAnswers),
			at('partial', { authority_type: 'municipality' }),
			at('commune', engagedAnswers)
		]);
		expect(batch.complete.map((d) => d.id)).toEqual(['village', 'commune']);
		expect(batch.skipped).toBe(1);
	});

	it('says how many were downloaded and how many were skipped, in French', () => {
		expect(reportsMessage(2, 0)).toBe('2 feuilles de route téléchargées.');
		expect(reportsMessage(1, 1)).toBe(
			'1 feuille de route téléchargée. 1 diagnostic incomplet n’a pas de feuille de route.'
		);
		expect(reportsMessage(3, 2)).toBe(
			'3 feuilles de route téléchargées. 2 diagnostics incomplets n’ont pas de feuille de route.'
		);
		expect(reportsMessage(0, 1)).toBe('Aucune feuille de route\u00a0: le diagnostic sélectionné est incomplet.');
		expect(reportsMessage(0, 3)).toBe(
			'Aucune feuille de route\u00a0: les 3 diagnostics sélectionnés sont incomplets.'
		);
	});
});
