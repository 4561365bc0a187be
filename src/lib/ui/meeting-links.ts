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

/** The views of the selection read it from the tab's session (storage/selection.ts), never from the address. */
export function comparisonHref(): string {
	return resolve('/reunion/comparer');
}

export function overviewHref(): string {
	return resolve('/reunion/ensemble');
}

export function editionHref(diagnosticId: string): string {
	return `${resolve('/reunion/evolution')}?${new URLSearchParams({ d: diagnosticId })}`;
}
