// One line of the adviser's portfolio per diagnostic: the facts it is filtered and sorted by.
import type { QuestionnaireDefinition } from '../../content/types';
import { displayName, type Diagnostic } from '../../model/diagnostic';
import { progress } from '../progress';

export type ProgressState = 'not_started' | 'in_progress' | 'complete';

export interface PortfolioRow {
	readonly id: string;
	readonly name: string;
	readonly authorityType: string | null;
	readonly region: string | null;
	readonly populationBand: string | null;
	readonly percent: number;
	readonly progressState: ProgressState;
	readonly updatedAt: string;
	readonly createdAt: string;
	readonly previousEditionId: string | null;
}

function choice(diagnostic: Diagnostic, questionId: string): string | null {
	const value = diagnostic.answers[questionId];
	return typeof value === 'string' && value !== '' ? value : null;
}

export function portfolioRow(definition: QuestionnaireDefinition, diagnostic: Diagnostic): PortfolioRow {
	const state = progress(definition, diagnostic.answers);
	const answeredAny = Object.keys(diagnostic.answers).length > 0;
	return {
		id: diagnostic.id,
		name: displayName(diagnostic),
		authorityType: choice(diagnostic, 'authority_type'),
		region: choice(diagnostic, 'region'),
		populationBand: choice(diagnostic, 'population_band'),
		percent: state.percent,
		progressState: state.complete ? 'complete' : answeredAny ? 'in_progress' : 'not_started',
		updatedAt: diagnostic.updatedAt,
		createdAt: diagnostic.createdAt,
		previousEditionId: diagnostic.previousEditionId ?? null
	};
}
