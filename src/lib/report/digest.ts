// What the first screen of the results and the PDF's synthesis show: the model in one plain
// sentence, three needs, three options each with its reason, the first three steps. A selection of
// the engine's output, computed nowhere else, so that the screen and the paper say the same.
import { modelDescriptions } from '../content/typology/models';
import { startingPath } from '../content/typology/starting';
import type { MatchedNeed, Recommendations, RoadmapStep, RankedOption } from '../engine/recommendations';
import type { ModelId, Placement } from '../engine/typology/types';

/** how many of each list the first layer keeps */
export const DIGEST_ITEMS = 3;

export interface DigestOption {
	readonly ranked: RankedOption;
	/** the first reason the engine gives for this authority */
	readonly reason: string;
}

export type DigestModel =
	| {
			readonly kind: 'engaged';
			readonly id: ModelId;
			/** the plain-words sentence, for a reader who has not read the study */
			readonly sentence: string;
			/** the other models of a hybrid profile */
			readonly alongside: readonly ModelId[];
	  }
	| { readonly kind: 'starting'; readonly sentence: string };

export interface ResultsDigest {
	readonly model: DigestModel;
	readonly needs: readonly MatchedNeed[];
	readonly options: readonly DigestOption[];
	readonly steps: readonly RoadmapStep[];
}

function digestModel(placement: Placement): DigestModel {
	if (placement.kind === 'starting') return { kind: 'starting', sentence: startingPath.plainWords };
	return {
		kind: 'engaged',
		id: placement.main,
		sentence: modelDescriptions[placement.main].plainWords,
		alongside: (placement.hybrid ?? []).filter((id) => id !== placement.main)
	};
}

/** The options that matter most: the engine's order, skipping any it gives no reason for. */
export function optionsWithReason(options: readonly RankedOption[]): DigestOption[] {
	return options.flatMap((ranked) => {
		const reason = ranked.why[0];
		return reason ? [{ ranked, reason }] : [];
	});
}

export function resultsDigest(placement: Placement, recommendations: Recommendations): ResultsDigest {
	return {
		model: digestModel(placement),
		needs: recommendations.needs.slice(0, DIGEST_ITEMS),
		options: optionsWithReason(recommendations.options).slice(0, DIGEST_ITEMS),
		// the roadmap comes in the order of its horizons: its first steps are the ones to take first
		steps: recommendations.roadmap.steps.slice(0, DIGEST_ITEMS)
	};
}
