// Small French formatting helpers shared by the report's sections.
import { modelDescriptions } from '../content/typology/models';
import type { ModelId } from '../engine/typology/types';
import { slug as transliterate } from '../model/transliterate';

// built on first use: the results and questionnaire pages import this module for its other helpers
let longDate: Intl.DateTimeFormat | undefined;

export function frenchDate(iso: string): string {
	longDate ??= new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
	return longDate.format(new Date(iso));
}

/** « 45 % », with the no-break space French puts before the sign. */
export function percent(value: number): string {
	return `${value}\u00a0%`;
}

export function modelName(model: ModelId): string {
	return modelDescriptions[model].name;
}

/** « HUMANIS (humanitaire et social) » */
export function modelTitle(model: ModelId): string {
	const description = modelDescriptions[model];
	return `${description.name} (${description.meaning})`;
}

export function joinFrench(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** « saint-exemple-sur-loire », for file names (Greek, Cyrillic, Vietnamese spelled in Latin letters). */
export function slug(text: string): string {
	return transliterate(text, 'collectivite');
}

/** « https://www.afccre.org/fr/… » → « afccre.org »: the site, readable on paper; the link carries the rest */
export function shortAddress(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}
