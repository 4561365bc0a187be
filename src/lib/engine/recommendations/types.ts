// What the recommendations engine returns: plain JSON (the CLI prints it, the PDF reads it).
import type { NeedId, SupportOption } from '../../content/supports/types';
import type { AnswerValue } from '../../content/types';
import type { ModelId } from '../../content/typology/model-ids';
import type { EligibilityStatus } from './eligibility';

export type NeedPriority = 'high' | 'medium' | 'low';

export interface MatchedNeed {
	readonly id: NeedId;
	readonly label: string;
	/** ticked by the authority, rather than inferred from its other answers */
	readonly declared: boolean;
	/** the answers that led to it, in French */
	readonly reasons: readonly string[];
	readonly priority: NeedPriority;
}

/** A figure as shown: its text, the date it was checked, and whether its calendar is past. */
export interface ShownFigure {
	readonly text: string;
	/** the year it holds for */
	readonly year: number;
	/** ISO date the figure was last checked */
	readonly checkedAt: string;
	/** a calendar of a year already over */
	readonly past: boolean;
	/** « Calendrier 2025, passé : à vérifier pour 2026. » when past */
	readonly note: string | null;
}

export interface RankedOption {
	readonly id: string;
	readonly option: SupportOption;
	readonly score: number;
	/** why it fits this authority, in French, strongest first; never empty */
	readonly why: readonly string[];
	/** a reason bears on what the authority does (a theme, a partner, a competence…), not only on a need most share */
	readonly specific: boolean;
	/** the authority's own regional network, the nearest one, or the contact of its territory */
	readonly regional: boolean;
	/** eligible, or to be checked (its answers do not tell): never an option it cannot use */
	readonly status: Exclude<EligibilityStatus, 'not_eligible'>;
	/** when to be checked: what to check, in French */
	readonly toCheck: readonly string[];
	readonly figures: readonly ShownFigure[];
}

/** An option the authority cannot use yet, but could open itself: said with what would open it. */
export interface NotYetOption {
	readonly id: string;
	readonly option: SupportOption;
	/** the conditions not met, with what the answers say */
	readonly missing: readonly string[];
	/** what would open it, in French */
	readonly opensWith: readonly string[];
	/** the eligible options to turn to first (the regional network, DCOL…) */
	readonly first: readonly RoadmapLink[];
	readonly source: string;
}

/** Something the authority can do, sized to it; `changes` feed « et si… ». */
export interface Lever {
	readonly id: string;
	readonly label: string;
	readonly reason: string;
	/** the eligible options it relies on */
	readonly options: readonly RoadmapLink[];
	/** answers it would change */
	readonly changes: Readonly<Record<string, AnswerValue>>;
}

/** A model the orientation already leans to: what would change, should the elected officials choose it. */
export interface Direction {
	readonly model: ModelId;
	/** the model's share of the orientation today */
	readonly share: number;
	/** « Si vos élus choisissent d’aller vers… », in French */
	readonly text: string;
	readonly levers: readonly Lever[];
}

export interface Paths {
	/** what strengthens what the authority already does, at its scale */
	readonly consolidate: readonly Lever[];
	/** neighbouring models its answers lean to: an option for its elected officials, never a next step */
	readonly directions: readonly Direction[];
}

export type Horizon = 'three_months' | 'one_year' | 'three_years';

export interface RoadmapLink {
	readonly id: string;
	readonly name: string;
}

export interface RoadmapStep {
	readonly id: string;
	readonly horizon: Horizon;
	readonly title: string;
	readonly detail: string;
	readonly options: readonly RoadmapLink[];
}

export interface Roadmap {
	readonly kind: 'engaged' | 'starting';
	readonly steps: readonly RoadmapStep[];
}

export interface PeerStatement {
	readonly id: string;
	readonly topic: string;
	readonly text: string;
	/** section of the ACTER study the figure comes from */
	readonly section: number;
}

export interface PeerPositioning {
	readonly statements: readonly PeerStatement[];
	readonly caveat: string;
}

export interface Recommendations {
	readonly needs: readonly MatchedNeed[];
	readonly options: readonly RankedOption[];
	readonly notYet: readonly NotYetOption[];
	readonly paths: Paths;
	readonly roadmap: Roadmap;
	readonly peers: PeerPositioning;
}
