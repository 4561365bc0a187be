// Small French wording helpers shared by the recommendation modules.
import { countryByCode } from '../../content/countries';
import type { Option } from '../../content/types';
import { modelDescriptions } from '../../content/typology/models';
import type { ModelId } from '../../content/typology/model-ids';

/** « Le manque de moyens » → « le manque de moyens », to continue a sentence. */
export function lowerFirst(text: string): string {
	return text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);
}

export function labelOf(options: readonly Option[], id: string): string {
	return options.find((option) => option.id === id)?.label ?? id;
}

export function countryNames(codes: readonly string[]): string[] {
	return codes.map((code) => countryByCode(code)?.name ?? code);
}

/** The model's name as the study writes it (« HUMANIS »). */
export function modelName(model: ModelId): string {
	return modelDescriptions[model].name;
}
