// The diagnostics the report is tested on: the five example files, one per profile-type, and a
// small commune with no international action (the starting path).
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { modelIds, type ModelId } from '../../../src/lib/engine/typology/types';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { startingAnswers } from '../../fixtures/answers';
import { exampleDiagnostic } from '../typology/examples';

/** the day every test report is made, for a stable file name and cover */
export const REPORT_DAY = new Date('2026-03-02T10:00:00Z');

export interface ReportCase {
	readonly name: string;
	readonly diagnostic: Diagnostic;
	/** the placement's main model; none on the starting path */
	readonly main: ModelId | null;
	/** the authority's name as it appears in the PDF's file name */
	readonly slug: string;
}

const slugs: Record<ModelId, string> = {
	humanis: 'commune-profil-type-humanis',
	cosmin: 'commune-profil-type-cosmin',
	cimob: 'commune-profil-type-cimob',
	climapart: 'ville-profil-type-climapart',
	astre: 'metropole-profil-type-astre'
};

export function startingDiagnostic(): Diagnostic {
	const first = questionnaire.steps[0]!.id;
	return { ...createDiagnostic(questionnaire.version, first, REPORT_DAY, 'depart'), answers: startingAnswers };
}

export const reportCases: readonly ReportCase[] = [
	...modelIds.map((model) => ({ name: model.toUpperCase(), diagnostic: exampleDiagnostic(model), main: model, slug: slugs[model] })),
	{ name: 'parcours de démarrage', diagnostic: startingDiagnostic(), main: null, slug: 'petit-village' }
];
