// The report's names for the models, slugs for file names and short addresses for links.
import { exclusionTags, modelDescriptions } from '../content/typology/models';
import type { EngagedPlacement, ModelId } from '../engine/typology/types';
import { slug as transliterate } from '../model/transliterate';

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

/** « écarté par l’organisation » or « écarté par ce que vous faites » beside a model set aside, else null. */
export function exclusionTag(placement: EngagedPlacement, model: ModelId): string | null {
	const by = placement.models.find((m) => m.model === model)?.excludedBy;
	return by ? exclusionTags[by] : null;
}
