// Figures over a selection of authorities, like the charts of the study: each count comes with
// the number of authorities it is out of (those for whom the question applied and was answered).
import type { Answers, QuestionnaireDefinition } from '../../content/types';
import { chosenIds } from '../conditions';
import { findQuestion } from '../questionnaire';
import type { Diagnostic } from '../../model/diagnostic';
import { mainObstacle } from './indicators';
import { mainModelOf, modelLabels, placementOf } from './results';
import { effectiveAnswersOf } from './status';

export interface CountedOption {
	readonly id: string;
	readonly label: string;
	readonly count: number;
	/** whole-number percentage of the base */
	readonly percent: number;
}

export interface Distribution {
	readonly questionId: string;
	readonly title: string;
	/** how many authorities the figures are out of */
	readonly base: number;
	/** most frequent first; options nobody chose are left out */
	readonly options: readonly CountedOption[];
}

function percentOf(count: number, base: number): number {
	return base === 0 ? 0 : Math.round((count / base) * 100);
}

/** Counts how many authorities chose each option, given one list of chosen ids per authority. */
export function distribution(
	questionId: string,
	title: string,
	labels: ReadonlyMap<string, string>,
	choices: readonly (readonly string[] | null)[]
): Distribution {
	const answered = choices.filter((c): c is readonly string[] => c !== null && c.length > 0);
	const counts = new Map<string, number>();
	for (const ids of answered) for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
	const order = [...labels.keys()];
	const options = [...counts.entries()]
		.map(([id, count]) => ({ id, label: labels.get(id) ?? id, count, percent: percentOf(count, answered.length) }))
		.sort((a, b) => b.count - a.count || order.indexOf(a.id) - order.indexOf(b.id));
	return { questionId, title, base: answered.length, options };
}

function labelsOf(definition: QuestionnaireDefinition, questionId: string): Map<string, string> {
	const question = findQuestion(definition, questionId);
	const options = question && 'options' in question ? question.options : [];
	return new Map(options.map((o) => [o.id, o.label]));
}

/** The distribution of one choice question, over effective answers. */
export function answerDistribution(
	definition: QuestionnaireDefinition,
	effectiveList: readonly Answers[],
	questionId: string,
	title: string
): Distribution {
	const choices = effectiveList.map((effective) => {
		const ids = chosenIds(effective[questionId]);
		return ids.length > 0 ? ids : null;
	});
	return distribution(questionId, title, labelsOf(definition, questionId), choices);
}

export function mainObstacleDistribution(
	definition: QuestionnaireDefinition,
	effectiveList: readonly Answers[]
): Distribution {
	const choices = effectiveList.map((effective) => {
		const id = mainObstacle(effective);
		return id ? [id] : null;
	});
	return distribution('main_obstacle', 'Frein principal', labelsOf(definition, 'obstacles'), choices);
}

/** The figures of the aggregate view that come straight from the answers. */
export function answerAggregates(
	definition: QuestionnaireDefinition,
	diagnostics: readonly Diagnostic[]
): Distribution[] {
	const effectiveList = diagnostics.map((d) => effectiveAnswersOf(definition, d));
	return [
		answerDistribution(definition, effectiveList, 'needs', 'Besoins exprimés'),
		answerDistribution(definition, effectiveList, 'obstacles', 'Freins cités'),
		mainObstacleDistribution(definition, effectiveList),
		answerDistribution(definition, effectiveList, 'external_funding', 'Financements extérieurs obtenus')
	];
}

/** Main models of the complete diagnostics of the selection. */
export function modelDistribution(
	definition: QuestionnaireDefinition,
	diagnostics: readonly Diagnostic[]
): Distribution {
	const choices = diagnostics.map((d) => {
		const model = mainModelOf(placementOf(definition, d));
		return model ? [model] : null;
	});
	return distribution('model', 'Modèle principal (questionnaires complets)', modelLabels, choices);
}
