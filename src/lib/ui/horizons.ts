// The roadmap's three horizons as the results page names them.
import type { Horizon } from '$lib/engine';

export const horizons: readonly { readonly id: Horizon; readonly label: string }[] = [
	{ id: 'three_months', label: 'Dans les trois mois' },
	{ id: 'one_year', label: 'Dans l’année' },
	{ id: 'three_years', label: 'D’ici trois ans' }
];

export function horizonLabel(id: Horizon): string {
	return horizons.find((h) => h.id === id)?.label ?? '';
}
