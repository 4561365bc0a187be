// When the catalogue's facts were read, and helpers to date each figure and to quote the study.
import type { Figure, ModelClaim, TypologyModelId } from './types';

/** The fact sheet (dispositifs.md) was read on this date. */
export const FACT_SHEET_READ = '2026-11-26';
/** Links, laws and the facts the fact sheet left open were checked again on this date. */
export const RECHECKED = '2026-12-03';

export function figure(text: string, year: number, checkedAt: string = FACT_SHEET_READ): Figure {
	return { text, year, checkedAt };
}

/** Dates of a call: shown as past, to be checked, once their year is over. */
export function calendar(text: string, year: number, checkedAt: string = FACT_SHEET_READ): Figure {
	return { text, year, checkedAt, calendar: true };
}

/** Words of the study (section 6 unless said) that tie an option to a model. */
export function claim(model: TypologyModelId, quote: string, section = '6'): ModelClaim {
	return { model, quote, section };
}
