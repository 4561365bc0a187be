// Scores to percentages. Negative scores count as zero; the five shares sum to exactly 100.
import { modelIds, type ModelId } from '../../content/typology/model-ids';

export type ModelNumbers = Readonly<Record<ModelId, number>>;

export function byModel(value: (model: ModelId) => number): Record<ModelId, number> {
	return Object.fromEntries(modelIds.map((model) => [model, value(model)])) as Record<ModelId, number>;
}

/** Unrounded shares (0–100) in proportion to the positive scores; an even split when none is positive. */
export function exactShares(scores: ModelNumbers): Record<ModelId, number> {
	const total = modelIds.reduce((sum, model) => sum + Math.max(0, scores[model]), 0);
	if (total === 0) return byModel(() => 100 / modelIds.length);
	return byModel((model) => (Math.max(0, scores[model]) / total) * 100);
}

/**
 * Whole percentages summing to exactly 100 (largest remainder): every share is rounded down, then
 * the points left go one by one to the largest remainders; equal remainders go to the model that
 * comes first in modelIds.
 */
export function roundShares(exact: ModelNumbers): Record<ModelId, number> {
	const floors = byModel((model) => Math.floor(exact[model]));
	const left = 100 - modelIds.reduce((sum, model) => sum + floors[model], 0);
	const byRemainder = [...modelIds].sort(
		(a, b) => exact[b] - floors[b] - (exact[a] - floors[a]) || modelIds.indexOf(a) - modelIds.indexOf(b)
	);
	for (const model of byRemainder.slice(0, Math.max(0, left))) floors[model] += 1;
	return floors;
}

/** Models from highest to lowest: rounded share, then unrounded share, then the order of modelIds. */
export function ranked(shares: ModelNumbers, exact: ModelNumbers): ModelId[] {
	return [...modelIds].sort(
		(a, b) => shares[b] - shares[a] || exact[b] - exact[a] || modelIds.indexOf(a) - modelIds.indexOf(b)
	);
}
