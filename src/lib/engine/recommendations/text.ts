// Small French wording helpers shared by the recommendation modules.
import { countryByCode } from '../../content/countries';
import { listFr } from '../french';
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

/**
 * Option names or answer labels in a sentence: « A, B et C », or « A ; B » when one holds its own « et »
 * (« JSI et VVVSI », « climat et transitions »), which a list joined by « et » would blur.
 */
export function optionNamesFr(names: readonly string[]): string {
	return names.some((name) => / et /.test(name)) ? names.join(' ; ') : listFr(names);
}

/** Labels named as such, each in quotes (« eau potable » et « assainissement »): a bare label reads as no noun. */
export function quotedFr(labels: readonly string[]): string {
	return listFr(labels.map((label) => `« ${label} »`));
}

/** The first `shown` countries by name, then how many more (« Sénégal, Japon, Canada et 2 autres »): none dropped. */
export function someCountries(codes: readonly string[], shown = 3): string {
	const names = countryNames(codes.slice(0, shown));
	const more = codes.length - names.length;
	return listFr(more > 0 ? [...names, `${more} ${more > 1 ? 'autres' : 'autre'}`] : names);
}

/** The model's name as the study writes it (« HUMANIS »). */
export function modelName(model: ModelId): string {
	return modelDescriptions[model].name;
}
