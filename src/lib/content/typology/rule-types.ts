// The shape of a typology rule: plain data naming the sentence of the study (section 6) it comes from.
import type { Condition } from '../types';
import type { ModelId } from './model-ids';

export type Axis = 'orientation' | 'structuring';

/**
 * The rows of the study's synthesis table (section 6), each a trait of the models. A trait counts
 * once per model, however many answers express it: an authority that ticks youth mobility as a
 * motivation and as a theme is not twice as CIMOB on one trait.
 */
export const traitIds = [
	'motivations',
	'intervention',
	'themes',
	'zones',
	'size',
	'seniority',
	'governance',
	'partnerships',
	'funding'
] as const;
export type TraitId = (typeof traitIds)[number];

/** Orientation: why, how, on what and where it acts; structuring: who it is and what it has. */
export const traitAxis: Readonly<Record<TraitId, Axis>> = {
	motivations: 'orientation',
	intervention: 'orientation',
	themes: 'orientation',
	zones: 'orientation',
	size: 'structuring',
	seniority: 'structuring',
	governance: 'structuring',
	partnerships: 'structuring',
	funding: 'structuring'
};

/** The row's name, as the explanation shows it. */
export const traitLabels: Readonly<Record<TraitId, string>> = {
	motivations: 'Motivations',
	intervention: 'Manière d’agir',
	themes: 'Thèmes',
	zones: 'Zones de coopération',
	size: 'Taille',
	seniority: 'Ancienneté',
	governance: 'Organisation',
	partnerships: 'Partenariats et réseaux',
	funding: 'Financements'
};

/** Words of the study, quoted exactly (tests check they appear in its text), and where. */
export interface StudyQuote {
	/** « 6 » for the model descriptions, « 6, tableau de synthèse » for the table */
	readonly section: string;
	readonly quote: string;
}

export type RuleMatch =
	/** the answer holds this option (single choice equals it, multiple choice contains it) */
	| { readonly option: string }
	/** the question is answered and holds none of these options */
	| { readonly noneOf: readonly string[]; readonly answerLabel: string }
	/** a multiple choice holds at least this many options */
	| { readonly countAtLeast: number; readonly answerLabel: string };

export interface TypologyRule {
	/** stable id, shown with the evidence */
	readonly id: string;
	readonly trait: TraitId;
	/** question read; 'zones' also counts the zones of the partner countries */
	readonly questionId: string;
	readonly match: RuleMatch;
	/** only read when this holds (a trait the study states for authorities with a service, say) */
	readonly when?: Condition;
	/** signed points per model: positive for, negative against (the study's negations) */
	readonly weights: Readonly<Partial<Record<ModelId, number>>>;
	/** why, in French, for the person reading the results */
	readonly reason: string;
	/** the study's words it rests on; one per model it weighs on, at least */
	readonly sources: readonly StudyQuote[];
}
