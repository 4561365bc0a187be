// The diagnostics the report is tested on: the five example files, one per profile-type, the
// small commune and the département of the shared fixtures, and a small commune with no
// international action (the starting path).
import { questionnaire } from '../../../src/lib/content/questionnaire';
import type { Answers } from '../../../src/lib/content/types';
import { effectiveAnswers } from '../../../src/lib/engine/questionnaire';
import { placeDiagnostic } from '../../../src/lib/engine/typology/placement';
import { modelIds, type ModelId } from '../../../src/lib/engine/typology/types';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { departmentAnswers, exampleDiagnostic, smallCommuneAnswers, startingAnswers } from '../../fixtures/answers';

/** the day every test report is made, for a stable file name and cover */
export const REPORT_DAY = new Date('2026-03-02T10:00:00Z');

export interface ReportCase {
	readonly name: string;
	readonly diagnostic: Diagnostic;
	/** the placement's main model; none on the starting path */
	readonly main: ModelId | null;
	/** the authority's name as it appears in the PDF's file name */
	readonly slug: string;
	/** a commune or a small intercommunality: its report holds in 8 pages (issue 15) */
	readonly small: boolean;
}

const slugs: Record<ModelId, string> = {
	humanis: 'commune-profil-type-humanis',
	cosmin: 'commune-profil-type-cosmin',
	cimob: 'commune-profil-type-cimob',
	climapart: 'ville-profil-type-climapart',
	astre: 'metropole-profil-type-astre'
};

/** the profile-types of communes of up to 50 000 inhabitants */
const smallProfiles: readonly ModelId[] = ['humanis', 'cosmin', 'cimob'];

function fixtureDiagnostic(id: string, answers: Answers): Diagnostic {
	const first = questionnaire.steps[0]!.id;
	return { ...createDiagnostic(questionnaire.version, first, REPORT_DAY, id), answers };
}

export function startingDiagnostic(): Diagnostic {
	return fixtureDiagnostic('depart', startingAnswers);
}

function mainOf(diagnostic: Diagnostic): ModelId | null {
	const placement = placeDiagnostic(effectiveAnswers(questionnaire, diagnostic.answers));
	return placement.kind === 'engaged' ? placement.main : null;
}

const smallCommune = fixtureDiagnostic('petite-commune', smallCommuneAnswers);
const department = fixtureDiagnostic('departement', departmentAnswers);

export const reportCases: readonly ReportCase[] = [
	...modelIds.map((model) => ({
		name: model.toUpperCase(),
		diagnostic: exampleDiagnostic(model),
		main: model,
		slug: slugs[model],
		small: smallProfiles.includes(model)
	})),
	{
		name: 'petite commune',
		diagnostic: smallCommune,
		main: mainOf(smallCommune),
		slug: 'saint-aubin-des-pres',
		small: true
	},
	{
		name: 'département',
		diagnostic: department,
		main: mainOf(department),
		slug: 'departement-de-l-exemple',
		small: false
	},
	{ name: 'parcours de démarrage', diagnostic: startingDiagnostic(), main: null, slug: 'petit-village', small: true }
];
