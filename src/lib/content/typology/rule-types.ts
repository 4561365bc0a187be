// The shape of a typology rule: plain data naming the trait of typologie.md it comes from.
import type { ModelId } from './model-ids';

export type Axis = 'orientation' | 'structuring';

export type RuleMatch =
	/** the answer holds this option (single choice equals it, multiple choice contains it) */
	| { readonly option: string }
	/** the question is answered and holds none of these options */
	| { readonly noneOf: readonly string[]; readonly answerLabel: string }
	/** a multiple choice holds at least this many options */
	| { readonly countAtLeast: number; readonly answerLabel: string }
	/** a number in [min, max) */
	| { readonly min?: number; readonly max?: number };

export interface TypologyRule {
	/** stable id, shown with the evidence */
	readonly id: string;
	readonly axis: Axis;
	/** question read; 'zones' also counts the zones of the partner countries */
	readonly questionId: string;
	readonly match: RuleMatch;
	/** signed points per model: positive for, negative against */
	readonly weights: Readonly<Partial<Record<ModelId, number>>>;
	/** why, in French, for the person reading the results */
	readonly reason: string;
	/** the trait of typologie.md it comes from */
	readonly source: string;
}

/** A move the study describes between models, as answers it would change. */
export interface LeverSpec {
	readonly id: string;
	readonly label: string;
	readonly reason: string;
	readonly source: string;
	/** the models this lever brings an authority closer to */
	readonly towards: readonly ModelId[];
	/** single choices to set */
	readonly set?: Readonly<Record<string, string>>;
	/** single choices in an ordered scale (budget bands) to raise to at least this option */
	readonly raiseTo?: Readonly<Record<string, string>>;
	/** numbers to raise to at least this value */
	readonly atLeast?: Readonly<Record<string, number>>;
	/** options to tick in multiple choices (an exclusive « aucun » is unticked) */
	readonly add?: Readonly<Record<string, readonly string[]>>;
}
