// Recommendations as compact JSON for the command line: identifiers, names and reasons, no catalogue copy.
import type { Recommendations } from './types';

export function summarizeRecommendations(recommendations: Recommendations) {
	return {
		catalogueUpdatedAt: recommendations.catalogueUpdatedAt,
		needs: recommendations.needs.map(({ id, label, declared, priority, reasons }) => ({ id, label, declared, priority, reasons })),
		options: recommendations.options.map(({ id, option, why, regional }) => ({
			id,
			name: option.name,
			kind: option.kind,
			regional,
			url: option.url,
			why
		})),
		roadmap: recommendations.roadmap,
		peers: recommendations.peers
	};
}
