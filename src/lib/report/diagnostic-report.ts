// From a stored diagnostic to everything its report shows: the same engine calls as the results
// page and the command line, then the report model. Pure; runs in Node and in the browser.
import { questionnaire } from '../content/questionnaire';
import type { Answers } from '../content/types';
import { buildRecommendations, type Recommendations } from '../engine/recommendations';
import { effectiveAnswers } from '../engine/questionnaire';
import { placeDiagnostic } from '../engine/typology/placement';
import type { Placement } from '../engine/typology/types';
import type { Diagnostic } from '../model/diagnostic';
import { buildReportModel } from './build';
import type { ReportModel } from './model';

export interface DiagnosticReport {
	readonly placement: Placement;
	readonly recommendations: Recommendations;
	readonly model: ReportModel;
}

/** The placement and recommendations alone: the CLI's JSON needs no report model (most of the time of a report). */
export function adviceFor(diagnostic: Diagnostic): Omit<DiagnosticReport, 'model'> & { answers: Answers } {
	const answers = effectiveAnswers(questionnaire, diagnostic.answers);
	const placement = placeDiagnostic(answers);
	return { answers, placement, recommendations: buildRecommendations(answers, placement) };
}

export function reportFor(diagnostic: Diagnostic, now: Date = new Date()): DiagnosticReport {
	const { answers, placement, recommendations } = adviceFor(diagnostic);
	return { placement, recommendations, model: buildReportModel({ diagnostic, answers, placement, recommendations, now }) };
}
