// The presenter's results screen: what a room reads on one projected screen, drawn from the
// placement and the recommendations (the engines of the results page). Pure; the page only shows it.
import { modelDescriptions } from '../../content/typology/models';
import type { Answers, QuestionnaireDefinition } from '../../content/types';
import { diagnose } from '..';
import { listFr } from '../french';
import { isComplete } from '../progress';
import type { RankedOption } from '../recommendations/types';
import { levelWithMain } from '../typology/sentences';
import type { EngagedPlacement, ModelId } from '../typology/types';

/** Three options, three steps: what a room can read and retain at once. */
export const SHOWN = 3;
/** Longer names (« ARRICOD, réseau des professionnels… ») give way to their short name in a box on screen. */
export const LONGEST_NAME = 60;

export interface ScreenOption {
	readonly id: string;
	readonly name: string;
	/** the strongest reason it fits */
	readonly reason: string;
}

export interface ScreenStep {
	readonly id: string;
	readonly title: string;
}

export type ResultsScreen =
	| {
			readonly kind: 'engaged';
			readonly placement: EngagedPlacement;
			/** one or two sentences: the main model, then the hybrid profile or the gap, if any */
			readonly reading: readonly string[];
			readonly options: readonly ScreenOption[];
	  }
	| {
			readonly kind: 'starting';
			readonly reading: readonly string[];
			/** the first steps of the starting roadmap */
			readonly steps: readonly ScreenStep[];
			readonly options: readonly ScreenOption[];
	  };

const name = (id: ModelId) => modelDescriptions[id].name;

/** The main model, then what a room must not miss: a hybrid by zone or theme, a gap with the study's organisation. */
function reading(placement: EngagedPlacement): string[] {
	const main = modelDescriptions[placement.main];
	const level = levelWithMain(placement);
	const first =
		level.length === 0
			? `Votre action extérieure ressemble d’abord au modèle ${main.name} : « ${main.meaning} ».`
			: `Votre action extérieure ressemble autant au modèle ${main.name} (« ${main.meaning} ») qu’${level.length === 1 ? 'au modèle' : 'aux modèles'} ${listFr(level.map(name))}.`;
	const hybrid = placement.hybrid
		? `Un profil hybride, selon la zone ou le thème : ${listFr(placement.hybrid.map(name))}.`
		: null;
	const gap = placement.gap ? placement.sentences.organisation : null;
	return [first, hybrid, gap].filter((text): text is string => text !== null);
}

function shownOptions(options: readonly RankedOption[]): ScreenOption[] {
	return options.slice(0, SHOWN).map(({ id, option, why }) => ({
		id,
		name: option.name.length > LONGEST_NAME ? (option.shortName ?? option.name) : option.name,
		reason: why[0] ?? option.offers
	}));
}

/** The screen of a complete questionnaire; null while answers are missing (no provisional model in front of a room). */
export function resultsScreen(definition: QuestionnaireDefinition, answers: Answers): ResultsScreen | null {
	if (!isComplete(definition, answers)) return null;
	const { placement, recommendations } = diagnose(answers);
	const options = shownOptions(recommendations.options);
	if (placement.kind === 'engaged') return { kind: 'engaged', placement, reading: reading(placement), options };
	return {
		kind: 'starting',
		reading: [
			'Pas encore d’action extérieure\u00a0: votre collectivité n’entre dans aucun des cinq modèles et commence par un parcours de démarrage.'
		],
		steps: recommendations.roadmap.steps.slice(0, SHOWN).map((step) => ({ id: step.id, title: step.title })),
		options
	};
}
