// Section 6 of the ACTER study (tests/fixtures), normalised so that a quote can be looked up in it
// whatever its line breaks, hyphenation, bold marks or apostrophes.
import { readFileSync } from 'node:fs';

export function normaliseQuote(text: string): string {
	return text
		.replace(/\*\*/g, '')
		.replace(/[’]/g, "'")
		.replace(/-\s*\n\s*/g, '')
		.replace(/[\s\u00a0\u202f]+/g, ' ')
		.toLowerCase()
		.trim();
}

const sectionSix = normaliseQuote(
	readFileSync(new URL('../fixtures/etude-acter-section-6.txt', import.meta.url), 'utf8')
);

/** The quote appears, word for word, in section 6 of the study. */
export const inSectionSix = (quote: string) => sectionSix.includes(normaliseQuote(quote));
