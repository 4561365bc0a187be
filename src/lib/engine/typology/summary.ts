// One diagnostic's placement as plain JSON, for the command line and other batch uses.
import { questionnaire } from '../../content/questionnaire';
import type { Answers } from '../../content/types';
import type { ModelId } from '../../content/typology/model-ids';
import { effectiveAnswers } from '../questionnaire';
import { placeDiagnostic } from './placement';
import type { AxisReading, Evidence, Exclusion, HybridPart, OrganisationLevel, PlacementSentences } from './types';

export interface ModelExplanation {
	readonly model: ModelId;
	readonly share: number;
	readonly for: readonly Evidence[];
	readonly against: readonly Evidence[];
}

export interface PlacementSummary {
	readonly kind: 'engaged' | 'starting';
	readonly shares: Readonly<Record<ModelId, number>> | null;
	readonly main: ModelId | null;
	readonly hybrid: readonly ModelId[] | null;
	readonly hybridParts: readonly HybridPart[] | null;
	readonly orientation: AxisReading | null;
	readonly structuring: AxisReading | null;
	readonly organisation: OrganisationLevel | null;
	readonly gap: boolean | null;
	readonly exclusions: readonly Exclusion[] | null;
	readonly atypical: boolean | null;
	readonly sentences: PlacementSentences | null;
	readonly explanation: readonly ModelExplanation[] | null;
}

export interface DiagnosticSummary {
	readonly file: string;
	readonly id: string;
	readonly name: string;
	readonly placement: PlacementSummary;
}

/** What the summary needs of a diagnostic: its id, the name shown for it and its raw answers. */
export interface DiagnosticToSummarize {
	readonly id: string;
	readonly name: string;
	readonly answers: Answers;
}

export function summarizeDiagnostic(file: string, diagnostic: DiagnosticToSummarize): DiagnosticSummary {
	const placement = placeDiagnostic(effectiveAnswers(questionnaire, diagnostic.answers));
	const base = { file, id: diagnostic.id, name: diagnostic.name };
	if (placement.kind === 'starting') {
		const none = {
			shares: null,
			main: null,
			hybrid: null,
			hybridParts: null,
			orientation: null,
			structuring: null,
			organisation: null,
			gap: null,
			exclusions: null,
			atypical: null,
			sentences: null,
			explanation: null
		};
		return { ...base, placement: { kind: 'starting', ...none } };
	}
	return {
		...base,
		placement: {
			kind: 'engaged',
			shares: Object.fromEntries(placement.models.map((m) => [m.model, m.share])) as Record<ModelId, number>,
			main: placement.main,
			hybrid: placement.hybrid,
			hybridParts: placement.hybridParts,
			orientation: placement.orientation,
			structuring: placement.structuring,
			organisation: placement.organisation,
			gap: placement.gap,
			exclusions: placement.exclusions,
			atypical: placement.atypical,
			sentences: placement.sentences,
			explanation: placement.models.map((m) => ({
				model: m.model,
				share: m.share,
				for: m.evidenceFor,
				against: m.evidenceAgainst
			}))
		}
	};
}
