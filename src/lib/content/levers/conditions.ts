// Conditions the levers share.
import type { Condition } from '../types';

/**
 * A partner abroad: only a decentralised cooperation makes one (emergency aid or a grant sent abroad
 * does not), as the engine's hasForeignPartnership reads it.
 */
export const withPartner: Condition = {
	all: [{ answer: 'action_families', is: 'decentralised_cooperation' }, { not: { answer: 'zones', is: 'none' } }]
};

/**
 * No team of its own: no service, or one of less than a full-time post (or whose size is not given), as the
 * engine's hasTeam reads it.
 */
export const noTeam: Condition = {
	any: [
		{ not: { answer: 'ri_service', is: 'yes' } },
		{ answer: 'ri_fte', below: 1 },
		{ answer: 'ri_fte', answered: false }
	]
};
