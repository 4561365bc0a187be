// Addresses of the diagnostic's pages: the route plus the diagnostic's id in the query.
import { resolve } from '$app/paths';

export function stepHref(diagnosticId: string, stepId: string, returnTo?: 'summary'): string {
	const query = new URLSearchParams({ d: diagnosticId });
	if (returnTo) query.set('retour', returnTo);
	return `${resolve('/(diagnostic)/questionnaire/[step]', { step: stepId })}?${query}`;
}

export function summaryHref(diagnosticId: string): string {
	return `${resolve('/(diagnostic)/recapitulatif')}?d=${encodeURIComponent(diagnosticId)}`;
}

export function resultsHref(diagnosticId: string): string {
	return `${resolve('/(diagnostic)/resultats')}?d=${encodeURIComponent(diagnosticId)}`;
}

export function homeHref(): string {
	return resolve('/');
}

export function glossaryHref(): string {
	return resolve('/glossaire');
}
