// The support catalogue: every option the recommendations may show, in a stable order
// (the tie-break of the ranking).
import { europeAndYouth } from './europe-youth';
import { nationalNetworks } from './national-networks';
import { onePercent } from './one-percent';
import { regionalNetworks } from './regional-networks';
import { stateFunding } from './state-funding';
import type { SupportOption } from './types';

export * from './types';

/** The date the facts were read: shown as « données à jour au 26 novembre 2026 ». */
export const CATALOGUE_UPDATED_AT = '2026-11-26';

export const supportOptions: readonly SupportOption[] = [
	...regionalNetworks,
	...nationalNetworks,
	...stateFunding,
	...onePercent,
	...europeAndYouth
];

export function supportOptionById(id: string): SupportOption | undefined {
	return supportOptions.find((option) => option.id === id);
}
