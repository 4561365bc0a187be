// The side-by-side table: one row per indicator, one column per authority (two to six).
import type { Answers, QuestionnaireDefinition } from '../../content/types';
import { answerText } from '../answer-text';
import { effectiveAnswers, findQuestion } from '../questionnaire';
import type { Diagnostic } from '../../model/diagnostic';
import { mainObstacle, shownAnswer } from './indicators';
import { placementOf, placementText, recommendationsOf } from './results';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

export interface ComparisonRow {
	readonly id: string;
	readonly label: string;
	/** one text per authority, in the order given */
	readonly values: readonly string[];
}

function serviceText(definition: QuestionnaireDefinition, answers: Answers): string {
	const effective = effectiveAnswers(definition, answers);
	if (effective['ri_service'] !== 'yes') return shownAnswer(definition, answers, 'ri_service');
	const fte = findQuestion(definition, 'ri_fte');
	return fte ? `Oui, ${answerText(fte, effective['ri_fte'])}` : 'Oui';
}

function mainObstacleText(definition: QuestionnaireDefinition, answers: Answers): string {
	const id = mainObstacle(effectiveAnswers(definition, answers));
	const obstacles = findQuestion(definition, 'obstacles');
	if (!id || !obstacles) return shownAnswer(definition, answers, 'main_obstacle');
	return answerText(obstacles, id);
}

/** Rows read from the answers alone. */
export function comparisonRows(definition: QuestionnaireDefinition, answersList: readonly Answers[]): ComparisonRow[] {
	const row = (id: string, label: string, text: (answers: Answers) => string): ComparisonRow => ({
		id,
		label,
		values: answersList.map(text)
	});
	const answer = (questionId: string) => (answers: Answers) => shownAnswer(definition, answers, questionId);
	return [
		row('authority_type', 'Type de collectivité', answer('authority_type')),
		row('population_band', 'Population', answer('population_band')),
		row('service', 'Service des relations internationales', (a) => serviceText(definition, a)),
		row('budget_band', 'Budget annuel de l’action extérieure', answer('budget_band')),
		row('networks', 'Réseaux', answer('networks')),
		row('main_obstacle', 'Frein principal', (a) => mainObstacleText(definition, a))
	];
}

/** The placement row, first in the table. */
export function placementRow(definition: QuestionnaireDefinition, diagnostics: readonly Diagnostic[]): ComparisonRow {
	return {
		id: 'model',
		label: 'Modèle principal',
		values: diagnostics.map((d) => placementText(placementOf(definition, d)))
	};
}

/** The first of the needs the recommendations rank, as the results page lists them. */
export function mainNeedRow(definition: QuestionnaireDefinition, diagnostics: readonly Diagnostic[]): ComparisonRow {
	return {
		id: 'main_need',
		label: 'Besoin principal',
		values: diagnostics.map((d) => {
			const recommendations = recommendationsOf(definition, d);
			if (!recommendations) return placementText(null);
			return recommendations.needs[0]?.label ?? 'Aucun besoin relevé';
		})
	};
}

/** The whole side-by-side table: the model, the answers, then the main need. */
export function comparisonTable(
	definition: QuestionnaireDefinition,
	diagnostics: readonly Diagnostic[]
): ComparisonRow[] {
	return [
		placementRow(definition, diagnostics),
		...comparisonRows(
			definition,
			diagnostics.map((d) => d.answers)
		),
		mainNeedRow(definition, diagnostics)
	];
}
