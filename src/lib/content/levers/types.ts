// The shape of a lever: something an authority can do, sized to it, as data.
import type { Condition } from '../types';

/** The scale of an authority, which sizes what the advice may propose (engine/recommendations/scale.ts). */
export type Scale = 'small' | 'medium' | 'large';

export type LeverHorizon = 'three_months' | 'one_year' | 'three_years';

export interface LeverSpec {
	readonly id: string;
	/** what it is for; the roadmap never shows two steps with one purpose */
	readonly purpose: string;
	readonly label: string;
	readonly reason: string;
	/** the scales it suits: a small commune is never told to build what only a large body has */
	readonly scales: readonly Scale[];
	/** when it applies, read on the effective answers */
	readonly when?: Condition;
	/** what the lever is about: an authority that already does it is not offered it */
	readonly core?: Condition;
	/** support options it relies on: offered only when one of them is eligible, and naming only those */
	readonly options?: readonly string[];
	/** answers it would change, for « et si… »: single choices to set, options to tick */
	readonly set?: Readonly<Record<string, string>>;
	readonly add?: Readonly<Record<string, readonly string[]>>;
	/** where it sits in the roadmap */
	readonly horizon: LeverHorizon;
}
