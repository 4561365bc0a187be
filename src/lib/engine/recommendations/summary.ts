// Recommendations as compact JSON for the command line: identifiers, names and reasons, no catalogue copy.
import type { Recommendations } from './types';

export function summarizeRecommendations(recommendations: Recommendations) {
	return {
		needs: recommendations.needs.map(({ id, label, declared, priority, reasons }) => ({
			id,
			label,
			declared,
			priority,
			reasons
		})),
		options: recommendations.options.map(({ id, option, why, regional, status, toCheck, figures }) => ({
			id,
			name: option.name,
			kind: option.kind,
			regional,
			status,
			...(toCheck.length > 0 ? { toCheck } : {}),
			url: option.url,
			checkedAt: option.checkedAt,
			why,
			figures
		})),
		notYet: recommendations.notYet.map(({ id, option, missing, opensWith, first, source }) => ({
			id,
			name: option.name,
			missing,
			opensWith,
			first,
			source
		})),
		paths: recommendations.paths,
		roadmap: recommendations.roadmap,
		peers: recommendations.peers
	};
}
