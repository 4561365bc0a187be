// Places an authority in the ACTER typology from its effective answers: shares per model on
// each axis and combined, the hybrid reading, the gap between axes, and the trajectory.
import type { Answers } from '../../content/types';
import { modelIds, type ModelId } from '../../content/typology/model-ids';
import { HYBRID_MARGIN, ORIENTATION_WEIGHT } from '../../content/typology/settings';
import { collectEvidence, type ModelEvidence } from './evidence';
import { byModel, exactShares, ranked, roundShares, type ModelNumbers } from './shares';
import { findTrajectory } from './trajectory';
import type { Axis, AxisReading, EngagedPlacement, Evidence, ModelReading, Placement } from './types';

function scoresOn(evidence: readonly ModelEvidence[], axis: Axis): Record<ModelId, number> {
	const scores = byModel(() => 0);
	for (const { model, evidence: e } of evidence) if (e.axis === axis) scores[model] += e.weight;
	return scores;
}

/** Within the margin of the top model, the structuring reading follows the orientation. */
function axisReading(scores: ModelNumbers, prefer?: ModelId): AxisReading & { exact: ModelNumbers } {
	const exact = exactShares(scores);
	const shares = roundShares(exact);
	const order = ranked(shares, exact);
	const top = order[0] ?? modelIds[0];
	const main = prefer && shares[prefer] >= shares[top] - HYBRID_MARGIN ? prefer : top;
	return { shares, main, exact };
}

/** Strongest evidence first; equal weights keep the rules' order. */
function sortEvidence(list: Evidence[]): Evidence[] {
	return list.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}

function modelReading(model: ModelId, share: number, evidence: readonly ModelEvidence[]): ModelReading {
	const own = evidence.filter((e) => e.model === model).map((e) => e.evidence);
	return {
		model,
		share,
		rawScore: own.reduce((sum, e) => sum + e.weight, 0),
		evidenceFor: sortEvidence(own.filter((e) => e.weight > 0)),
		evidenceAgainst: sortEvidence(own.filter((e) => e.weight < 0))
	};
}

function placeEngaged(answers: Answers): EngagedPlacement {
	const evidence = collectEvidence(answers);
	const { exact: orientationExact, ...orientation } = axisReading(scoresOn(evidence, 'orientation'));
	const { exact: structuringExact, ...structuring } = axisReading(scoresOn(evidence, 'structuring'), orientation.main);
	const exact = byModel((m) => ORIENTATION_WEIGHT * orientationExact[m] + (1 - ORIENTATION_WEIGHT) * structuringExact[m]);
	const shares = roundShares(exact);
	const order = ranked(shares, exact);
	const main = order[0] ?? modelIds[0];
	const hybrid = order.filter((model) => shares[model] >= shares[main] - HYBRID_MARGIN);
	const gap = orientation.main !== structuring.main;
	return {
		kind: 'engaged',
		models: order.map((model) => modelReading(model, shares[model], evidence)),
		main,
		hybrid: hybrid.length > 1 ? hybrid : null,
		orientation,
		structuring,
		gap,
		trajectory: findTrajectory({ main, orientation, structuring, gap }, answers)
	};
}

/** The placement of a diagnostic, from its effective answers (see effectiveAnswers). */
export function placeDiagnostic(answers: Answers): Placement {
	return answers['has_international_action'] === 'no' ? { kind: 'starting' } : placeEngaged(answers);
}
