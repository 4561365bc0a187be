// What a card of the home list says that needs the questionnaire: where to resume, how far the
// diagnostic has gone, the authority's type. The home page imports this module only when it has
// diagnostics to show, so a first visit does not download the questionnaire.
import { authorityTypes } from '../content/options';
import { questionnaire } from '../content/questionnaire';
import { progress } from '../engine/progress';
import type { Diagnostic } from '../model/diagnostic';
import { stepHref, summaryHref } from './links';

export interface CardFacts {
	/** the summary once every step is valid, otherwise the step where the diagnostic stopped */
	readonly href: string;
	readonly complete: boolean;
	/** 0–100 */
	readonly percent: number;
	readonly typeLabel: string;
}

export function cardFacts(diagnostic: Diagnostic): CardFacts {
	const { complete, percent } = progress(questionnaire, diagnostic.answers);
	const type = diagnostic.answers['authority_type'];
	return {
		href: complete ? summaryHref(diagnostic.id) : stepHref(diagnostic.id, diagnostic.currentStepId),
		complete,
		percent,
		typeLabel: authorityTypes.find((t) => t.id === type)?.label ?? 'Type non renseigné'
	};
}
