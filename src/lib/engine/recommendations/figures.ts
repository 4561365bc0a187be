// Figures as shown on a given day: a calendar whose year is over says so, and what to check.
import type { Figure } from '../../content/supports/types';
import type { ShownFigure } from './types';

export function shownFigures(figures: readonly Figure[], today: Date): ShownFigure[] {
	const year = today.getFullYear();
	return figures.map((figure) => {
		const past = figure.calendar === true && figure.year < year;
		return {
			text: figure.text,
			year: figure.year,
			checkedAt: figure.checkedAt,
			past,
			note: past ? `Calendrier ${figure.year}, passé\u00a0: à vérifier pour ${year}.` : null
		};
	});
}
