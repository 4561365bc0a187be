// The engine's one entry: from a diagnostic's answers to its placement in the ACTER typology and the
// advice that follows. The results page, « et si… », the meeting views, the report and the command
// line all call this and read what it returns; none rebuilds the chain.
import { questionnaire } from '../content/questionnaire';
import type { Answers } from '../content/types';
import { effectiveAnswers } from './questionnaire';
import { buildRecommendations } from './recommendations';
import type { Recommendations } from './recommendations/types';
import { placeDiagnostic } from './typology/placement';
import type { Placement } from './typology/types';

export interface Diagnosis {
	/** the answers that count: those to visible questions (hidden answers are kept but ignored) */
	readonly answers: Answers;
	readonly placement: Placement;
	readonly recommendations: Recommendations;
}

/** The placement alone, for lists of many diagnostics (portfolio, CSV) that show no advice. */
export function placeAnswers(answers: Answers): Placement {
	return placeDiagnostic(effectiveAnswers(questionnaire, answers));
}

/** `today` dates the calendars of the support options (a past one is said to be past). */
export function diagnose(answers: Answers, today: Date = new Date()): Diagnosis {
	const effective = effectiveAnswers(questionnaire, answers);
	const placement = placeDiagnostic(effective);
	return { answers: effective, placement, recommendations: buildRecommendations(effective, placement, today) };
}
