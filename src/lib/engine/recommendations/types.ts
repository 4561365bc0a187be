// What the recommendations engine returns: plain JSON (the CLI prints it, the PDF reads it).
import type { NeedId, SupportOption } from '../../content/supports/types';

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

export interface RankedOption {
	readonly id: string;
	readonly option: SupportOption;
	readonly score: number;
	/** why it fits, in French, strongest first */
	readonly why: readonly string[];
	/** the authority's own regional network, or the contact of its territory */
	readonly regional: boolean;
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
	readonly roadmap: Roadmap;
	readonly peers: PeerPositioning;
	/** ISO date the catalogue's facts were read */
	readonly catalogueUpdatedAt: string;
}
