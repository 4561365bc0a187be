// Where the authority is closest to moving, following the study: models pass from one to another
// as their resources are structured (typologie.md — « passer d'un modèle à l'autre »).
import type { Answers } from '../../content/types';
import { modelIds, structuringTier, type ModelId } from '../../content/typology/model-ids';
import { ORIENTATION_SUPPORT_MIN } from '../../content/typology/settings';
import { leversTowards } from './levers';
import type { AxisReading, Trajectory } from './types';

interface Reading {
	readonly main: ModelId;
	readonly orientation: AxisReading;
	readonly structuring: AxisReading;
	readonly gap: boolean;
}

/** The nearest more structured model the orientation supports, the best supported first. */
function nextUp(from: ModelId, orientation: AxisReading): ModelId | null {
	const supported = modelIds.filter(
		(model) => structuringTier[model] > structuringTier[from] && orientation.shares[model] >= ORIENTATION_SUPPORT_MIN
	);
	const nearest = Math.min(...supported.map((model) => structuringTier[model]));
	const candidates = supported.filter((model) => structuringTier[model] === nearest);
	candidates.sort((a, b) => orientation.shares[b] - orientation.shares[a] || modelIds.indexOf(a) - modelIds.indexOf(b));
	return candidates[0] ?? null;
}

export function findTrajectory(reading: Reading, answers: Answers): Trajectory | null {
	const { orientation, structuring } = reading;
	// The authority wants more than its organisation gives: the way is to structure towards its aim.
	const aimsHigher = reading.gap && structuringTier[orientation.main] > structuringTier[structuring.main];
	const from = aimsHigher ? structuring.main : reading.main;
	const towards = aimsHigher ? orientation.main : nextUp(reading.main, orientation);
	if (towards === null) return null;
	return { from, towards, levers: leversTowards(towards, answers) };
}
