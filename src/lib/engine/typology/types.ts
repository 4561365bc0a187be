// The contract of the typology engine: what a placement says. Implemented in ./placement.ts.
import type { ModelId, StudyOrganisation } from '../../content/typology/model-ids';
import type { Axis, StudyQuote, TraitId } from '../../content/typology/rule-types';

// The model ids are content (rules and descriptions name them); re-exported for the engine's users.
export { modelIds, type ModelId } from '../../content/typology/model-ids';
export type { Axis, StudyQuote, TraitId } from '../../content/typology/rule-types';

/** One trait of the study weighing for or against a model, with the answers behind it. */
export interface Evidence {
	readonly trait: TraitId;
	readonly axis: Axis;
	/** stable id of the strongest rule that matched in this trait */
	readonly ruleId: string;
	readonly questionId: string;
	/** what was answered, in French; several answers of one trait joined by « ; » */
	readonly answer: string;
	/** why it matters for this model, in French */
	readonly reason: string;
	/** signed points: positive weighs for the model, negative against */
	readonly weight: number;
	/** the study's words behind it */
	readonly sources: readonly StudyQuote[];
}

export interface ModelReading {
	readonly model: ModelId;
	/** 0–100, the model's share of the orientation; the five sum to exactly 100 */
	readonly share: number;
	/** points on each axis (the sum of its evidence) */
	readonly scores: { readonly orientation: number; readonly structuring: number };
	readonly evidenceFor: readonly Evidence[];
	readonly evidenceAgainst: readonly Evidence[];
	/** set aside by a defining trait of the study (see exclusions) */
	readonly excluded: boolean;
	/** what set it aside: what the authority does rules it out for good, its organisation only where another fits */
	readonly excludedBy: 'orientation' | 'organisation' | null;
}

/** A reading along one axis of the study (orientation or structuring). */
export interface AxisReading {
	/** shares per model on this axis alone, summing to 100 */
	readonly shares: Readonly<Record<ModelId, number>>;
	/** the highest share on this axis */
	readonly main: ModelId;
}

/**
 * How the authority is organised, at the grain the study distinguishes its models; a Europe service
 * without an RI service is none of the study's levels (it describes no model so).
 */
export type OrganisationLevel = StudyOrganisation | 'europe_only';

export interface Exclusion {
	readonly id: string;
	/** what contradicts the study's description: the authority's organisation, or what it does */
	readonly ground: 'organisation' | 'orientation';
	readonly models: readonly ModelId[];
	readonly text: string;
	readonly sources: readonly StudyQuote[];
}

/** One model of a hybrid, with the zones and themes where the authority acts like it. */
export interface HybridPart {
	readonly model: ModelId;
	readonly zones: string;
	readonly themes: string;
}

/** The findings in French, each written from the numbers placed next to it. */
export interface PlacementSentences {
	readonly orientation: string;
	readonly structuring: string;
	/** what the study describes for the model's organisation, and whether the authority matches it */
	readonly organisation: string;
	readonly hybrid: string | null;
	readonly exclusions: readonly string[];
	/**
	 * when the orientation alone does not name the model: its first model set aside (the model retained
	 * instead, and why), or models level with it on the orientation (what parted them)
	 */
	readonly retained: string | null;
	readonly atypical: string | null;
}

export interface EngagedPlacement {
	readonly kind: 'engaged';
	/** the main model first, then by share, highest first (ties: unrounded share, then the order of modelIds) */
	readonly models: readonly ModelReading[];
	readonly main: ModelId;
	/** the main model and those it mixes with by zone or theme, when there are several */
	readonly hybrid: readonly ModelId[] | null;
	readonly hybridParts: readonly HybridPart[] | null;
	readonly orientation: AxisReading;
	readonly structuring: AxisReading;
	/** null while the questions on the services are unanswered */
	readonly organisation: OrganisationLevel | null;
	/** the organisation differs from what the study describes for the main model */
	readonly gap: boolean;
	readonly exclusions: readonly Exclusion[];
	/** no model the study allows matches the orientation: the main model is kept for the orientation alone */
	readonly atypical: boolean;
	readonly sentences: PlacementSentences;
}

/** Authorities with no international action get no model, but a starting path (section 7). */
export interface StartingPlacement {
	readonly kind: 'starting';
}

export type Placement = EngagedPlacement | StartingPlacement;
