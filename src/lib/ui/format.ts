// Dates and labels as shown to French readers.
import { authorityTypes } from '../content/options';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

export function formatDateTime(iso: string): string {
	return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
	return dateOnly.format(new Date(iso));
}

export function authorityTypeLabel(id: unknown): string {
	return authorityTypes.find((t) => t.id === id)?.label ?? 'Type non renseigné';
}
