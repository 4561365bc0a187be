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
 * Whole percentages summing to exactly 100 (largest remainder): every share is rounded down, then the
 * points left go to the largest remainders. Equal shares stay equal: models with the same unrounded
 * share take a point together or not at all, and a smaller remainder takes it instead when that
 * does not lift it above a larger share. Only when 100 cannot be reached otherwise do equal shares
 * part, in the order given (the main model first), so that the model named first never shows less.
 */
export function roundShares(exact: ModelNumbers, order: readonly ModelId[] = modelIds): Record<ModelId, number> {
	const floors = byModel((model) => Math.floor(exact[model]));
	let left = 100 - modelIds.reduce((sum, model) => sum + floors[model], 0);
	const remainder = (m: ModelId) => exact[m] - floors[m];
	const byRemainder = [...modelIds].sort(
		(a, b) => remainder(b) - remainder(a) || exact[b] - exact[a] || order.indexOf(a) - order.indexOf(b)
	);
	const raised = new Set<ModelId>();
	for (const model of byRemainder) {
		if (left <= 0 || raised.has(model) || remainder(model) === 0) continue;
		const equal = modelIds.filter((m) => exact[m] === exact[model]);
		const overtakes = modelIds.some((m) => exact[m] > exact[model] && !raised.has(m) && floors[m] <= floors[model]);
		if (equal.length > left || overtakes) continue;
		for (const m of equal) raised.add(m);
		left -= equal.length;
	}
	for (const model of byRemainder.filter((m) => !raised.has(m)).slice(0, Math.max(0, left))) raised.add(model);
	return byModel((model) => floors[model] + (raised.has(model) ? 1 : 0));
}

/** Models from highest to lowest: rounded share, then unrounded share, then the order given. */
export function ranked(shares: ModelNumbers, exact: ModelNumbers, order: readonly ModelId[] = modelIds): ModelId[] {
	return [...modelIds].sort(
		(a, b) => shares[b] - shares[a] || exact[b] - exact[a] || order.indexOf(a) - order.indexOf(b)
	);
}
