// What a card of the home list says that needs the questionnaire: where to resume, how far the
// diagnostic has gone, the authority's type. The home page imports this module only when it has
// diagnostics to show, so a first visit does not download the questionnaire.
import { authorityTypes, questionnaire } from '../content';
import { diagnosticStatus } from '../engine';
import type { Diagnostic } from '../model';
import { stepHref, summaryHref } from './links';
import { progressText } from './progress-text';

export interface CardFacts {
	/** the summary once finished, otherwise the step where the diagnostic stopped */
	readonly href: string;
	readonly complete: boolean;
	/** « Terminé », « En cours, 45 % »… */
	readonly progress: string;
	readonly typeLabel: string;
}

export function cardFacts(diagnostic: Diagnostic): CardFacts {
	const { state, percent } = diagnosticStatus(questionnaire, diagnostic);
	const complete = state === 'complete';
	const type = diagnostic.answers['authority_type'];
	return {
		href: complete ? summaryHref(diagnostic.id) : stepHref(diagnostic.id, diagnostic.currentStepId),
		complete,
		progress: progressText(state, percent),
		typeLabel: authorityTypes.find((t) => t.id === type)?.label ?? 'Type non renseigné'
	};
}
