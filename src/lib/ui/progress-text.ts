// How far a diagnostic has gone, in the words of the home list and the portfolio.
import type { ProgressState } from '../engine';

/** « Pas commencé », « En cours, 45 % », « En cours » (a new edition, every answer carried over), « Terminé » */
export function progressText(state: ProgressState, percent: number): string {
	if (state === 'complete') return 'Terminé';
	if (state === 'not_started') return 'Pas commencé';
	return percent < 100 ? `En cours, ${percent}\u00a0%` : 'En cours';
}
