// The shape of every figure in the output: a value, its unit, and when the issue sets one, its
// budget and whether it is met. A figure that cannot be measured yet is null with a note saying why.

export type Budget = { readonly max: number } | { readonly min: number };

export interface Figure {
	readonly value: number | null;
	readonly unit: string;
	readonly budget?: Budget;
	/** null when there is a budget but no value to compare */
	readonly met?: boolean | null;
	readonly note?: string;
}

export function figure(value: number | null, unit: string, budget?: Budget, note?: string): Figure {
	return {
		value,
		unit,
		...(budget && { budget, met: value === null ? null : meets(value, budget) }),
		...(note && { note })
	};
}

export function absent(unit: string, note: string, budget?: Budget): Figure {
	return figure(null, unit, budget, note);
}

function meets(value: number, budget: Budget): boolean {
	return 'max' in budget ? value <= budget.max : value >= budget.min;
}

/** Every figure with a budget, by its dotted path in the output, for the summary at the end. */
export function budgetSummary(
	results: unknown,
	path = ''
): { figure: string; value: number | null; budget: Budget; met: boolean | null }[] {
	if (typeof results !== 'object' || results === null) return [];
	const record = results as Record<string, unknown>;
	if ('budget' in record && 'value' in record) {
		const f = record as unknown as Figure;
		return f.budget ? [{ figure: path, value: f.value, budget: f.budget, met: f.met ?? null }] : [];
	}
	return Object.entries(record).flatMap(([key, child]) => budgetSummary(child, path ? `${path}.${key}` : key));
}
