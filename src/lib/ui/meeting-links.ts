// Addresses of the meeting mode: the presenter view of one diagnostic, and the adviser's portfolio.
import { resolve } from '$app/paths';

export function presenterHref(diagnosticId: string, questionId?: string): string {
	const query = new URLSearchParams({ d: diagnosticId });
	if (questionId) query.set('q', questionId);
	return `${resolve('/(diagnostic)/presentation')}?${query}`;
}

/** The presenter's closing screen: the results of one diagnostic, for a projector. */
export function presenterResultsHref(diagnosticId: string): string {
	return `${resolve('/(diagnostic)/presentation/resultats')}?${new URLSearchParams({ d: diagnosticId })}`;
}

export function portfolioHref(): string {
	return resolve('/reunion');
}

/** The selected diagnostics travel in the address, so the views can be reloaded and bookmarked. */
export function selectionHref(view: '/reunion/comparer' | '/reunion/ensemble', ids: readonly string[]): string {
	return `${resolve(view)}?${new URLSearchParams({ ids: ids.join(',') })}`;
}

export function editionHref(diagnosticId: string): string {
	return `${resolve('/reunion/evolution')}?${new URLSearchParams({ d: diagnosticId })}`;
}
