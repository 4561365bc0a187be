// One line of the adviser's portfolio per diagnostic: the facts it is filtered and sorted by.
import type { QuestionnaireDefinition } from '../../content/types';
import { displayName, type Diagnostic } from '../../model/diagnostic';
import { diagnosticStatus, type ProgressState } from './status';

export type { ProgressState };

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

/**
 * The progress is read on demand: working it out means checking every step, which for thousands of
 * diagnostics would hold up a list that shows fifty, unless it is filtered or sorted by progress.
 */
export function portfolioRow(definition: QuestionnaireDefinition, diagnostic: Diagnostic): PortfolioRow {
	return {
		id: diagnostic.id,
		name: displayName(diagnostic),
		authorityType: choice(diagnostic, 'authority_type'),
		region: choice(diagnostic, 'region'),
		populationBand: choice(diagnostic, 'population_band'),
		get percent() {
			return diagnosticStatus(definition, diagnostic).percent;
		},
		get progressState() {
			return diagnosticStatus(definition, diagnostic).state;
		},
		updatedAt: diagnostic.updatedAt,
		createdAt: diagnostic.createdAt,
		previousEditionId: diagnostic.previousEditionId ?? null
	};
}
