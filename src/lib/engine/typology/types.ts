// The contract of the typology engine: what a placement says. Implemented in ./placement.ts.

import type { ModelId } from '../../content/typology/model-ids';
import type { Axis } from '../../content/typology/rule-types';

// The model ids are content (rules and descriptions name them); re-exported for the engine's users.
export { modelIds, type ModelId } from '../../content/typology/model-ids';
export type { Axis } from '../../content/typology/rule-types';

/** One answer's contribution to a model, for the explanation. */
export interface Evidence {
	/** stable id of the rule (typology trait) that produced it */
	readonly ruleId: string;
	readonly axis: Axis;
	readonly questionId: string;
	/** what was answered, in French (« Pas de service RI ») */
	readonly answer: string;
	/** why it matters for this model, in French, citing the trait of the study */
	readonly reason: string;
	/** signed points: positive weighs for the model, negative against */
	readonly weight: number;
}

export interface ModelReading {
	readonly model: ModelId;
	/** 0–100; the five shares sum to exactly 100 */
	readonly share: number;
	readonly rawScore: number;
	readonly evidenceFor: readonly Evidence[];
	readonly evidenceAgainst: readonly Evidence[];
}

/** A reading along one axis of the study (orientation or structuring). */
export interface AxisReading {
	/** shares per model on this axis alone, summing to 100 */
	readonly shares: Readonly<Record<ModelId, number>>;
	readonly main: ModelId;
}

export interface Lever {
	readonly id: string;
	/** what to do, in French (« Créer une ligne budgétaire dédiée ») */
	readonly label: string;
	/** why, with the study's words on the move between models */
	readonly reason: string;
	/** answers it would change, for the « what if » helper */
	readonly changes: Readonly<Record<string, string | number | readonly string[]>>;
}

export interface Trajectory {
	readonly from: ModelId;
	/** the model the authority is closest to moving towards */
	readonly towards: ModelId;
	readonly levers: readonly Lever[];
}

export interface EngagedPlacement {
	readonly kind: 'engaged';
	/** sorted by share, highest first; ties broken by the unrounded share, then by the order of modelIds */
	readonly models: readonly ModelReading[];
	readonly main: ModelId;
	/** the models within the hybrid margin of the main one (including it), when more than one */
	readonly hybrid: readonly ModelId[] | null;
	readonly orientation: AxisReading;
	readonly structuring: AxisReading;
	/** orientation and structuring point at different models */
	readonly gap: boolean;
	readonly trajectory: Trajectory | null;
}

/** Authorities with no international action get no model, but a starting path (section 7). */
export interface StartingPlacement {
	readonly kind: 'starting';
}

export type Placement = EngagedPlacement | StartingPlacement;
