// Small French wording helpers shared by the recommendation modules.
import { countryByCode } from '../../content/countries';
import type { Option } from '../../content/types';

/** « Le manque de moyens » → « le manque de moyens », to continue a sentence. */
export function lowerFirst(text: string): string {
	return text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);
}

export function labelOf(options: readonly Option[], id: string): string {
	return options.find((option) => option.id === id)?.label ?? id;
}

/** « a, b et c » */
export function listFr(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

export function countryNames(codes: readonly string[]): string[] {
	return codes.map((code) => countryByCode(code)?.name ?? code);
}

/** The study writes the model names in capitals. */
export function modelName(id: string): string {
	return id.toUpperCase();
}

/** 47.1 → « 47,1 % » (non-breaking space before the sign). */
export function percentFr(value: number): string {
	return `${String(value).replace('.', ',')}\u00a0%`;
}
