// Conditions the levers share.
import type { Condition } from '../types';

/**
 * A partner abroad: only a decentralised cooperation makes one (emergency aid or a grant sent abroad
 * does not), as the engine's hasForeignPartnership reads it.
 */
export const withPartner: Condition = {
	all: [{ answer: 'action_families', is: 'decentralised_cooperation' }, { not: { answer: 'zones', is: 'none' } }]
};
