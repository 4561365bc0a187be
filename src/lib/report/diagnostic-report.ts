// From a stored diagnostic to everything its report shows: the same engine calls as the results
// page and the command line, then the report model. Pure; runs in Node and in the browser.
import { questionnaire } from '../content/questionnaire';
import { buildRecommendations, type Recommendations } from '../engine/recommendations';
import { effectiveAnswers } from '../engine/questionnaire';
import { placeDiagnostic } from '../engine/typology/placement';
import type { Placement } from '../engine/typology/types';
import type { Diagnostic } from '../model/diagnostic';
import { buildReportModel } from './build';
import type { ReportModel, ReportOptions } from './model';

export interface DiagnosticReport {
	readonly placement: Placement;
	readonly recommendations: Recommendations;
	readonly model: ReportModel;
}

export function reportFor(diagnostic: Diagnostic, now: Date = new Date(), options: ReportOptions = {}): DiagnosticReport {
	const answers = effectiveAnswers(questionnaire, diagnostic.answers);
	const placement = placeDiagnostic(answers);
	const recommendations = buildRecommendations(answers, placement);
	return { placement, recommendations, model: buildReportModel({ diagnostic, answers, placement, recommendations, now, options }) };
}
