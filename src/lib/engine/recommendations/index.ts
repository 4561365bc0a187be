// One entry point for the results page, the PDF and the CLI: needs, options, roadmap, peers.
import { CATALOGUE_UPDATED_AT } from '../../content/supports';
import type { Answers } from '../../content/types';
import type { Placement } from '../typology/types';
import { matchNeeds } from './needs';
import { positionAmongPeers } from './peers';
import { rankSupportOptions } from './ranking';
import { buildRoadmap } from './roadmap';
import type { Recommendations } from './types';

export { matchNeeds, positionAmongPeers, rankSupportOptions, buildRoadmap };
export type * from './types';

export function buildRecommendations(answers: Answers, placement: Placement): Recommendations {
	const needs = matchNeeds(answers, placement);
	const options = rankSupportOptions(answers, placement, needs);
	return {
		needs,
		options,
		roadmap: buildRoadmap(answers, placement, options, needs),
		peers: positionAmongPeers(answers),
		catalogueUpdatedAt: CATALOGUE_UPDATED_AT
	};
}
