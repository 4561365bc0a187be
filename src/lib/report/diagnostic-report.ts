// From a stored diagnostic to everything its report shows: the engine's one entry, then the report
// model. Pure; runs in Node and in the browser.
import { diagnose } from '../engine';
import type { Recommendations } from '../engine/recommendations/types';
import type { Placement } from '../engine/typology/types';
import type { Diagnostic } from '../model/diagnostic';
import { buildReportModel } from './build';
import type { ReportModel, ReportOptions } from './model';

export interface DiagnosticReport {
	readonly placement: Placement;
	readonly recommendations: Recommendations;
	readonly model: ReportModel;
}

export function reportFor(
	diagnostic: Diagnostic,
	now: Date = new Date(),
	options: ReportOptions = {}
): DiagnosticReport {
	const { answers, placement, recommendations } = diagnose(diagnostic.answers, now);
	return {
		placement,
		recommendations,
		model: buildReportModel({ diagnostic, answers, placement, recommendations, now, options })
	};
}
