// Finds the glossary's terms in a text: the screen marks them, the PDF lists those it uses.
import { glossary, type GlossaryEntry } from '../content/glossary';

export type GlossarySegment = { readonly text: string; readonly entry?: GlossaryEntry };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** a lower-case term also starts a sentence: « Orientation », « Leviers » */
function variants(form: string): string[] {
	const first = form.charAt(0);
	const capital = first.toLocaleUpperCase('fr');
	return first === capital ? [form] : [form, capital + form.slice(1)];
}

const byForm = new Map<string, GlossaryEntry>(
	glossary.flatMap((entry) => entry.forms.flatMap((form) => variants(form).map((v) => [v, entry] as const)))
);

// longest forms first, so that « profil hybride » wins over « hybride »; whole words only
const pattern = new RegExp(
	`(?<![\\p{L}\\p{N}])(${[...byForm.keys()]
		.sort((a, b) => b.length - a.length)
		.map(escape)
		.join('|')})(?![\\p{L}\\p{N}])`,
	'gu'
);

/** `text` cut into plain runs and the glossary terms it contains, in order */
export function glossarySegments(text: string): GlossarySegment[] {
	const segments: GlossarySegment[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const at = match.index;
		if (at > last) segments.push({ text: text.slice(last, at) });
		segments.push({ text: match[0], entry: byForm.get(match[0]) });
		last = at + match[0].length;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}

/** the entries `texts` use, in glossary order */
export function glossaryEntriesIn(texts: readonly string[]): GlossaryEntry[] {
	const used = new Set(texts.flatMap((text) => glossarySegments(text).flatMap((s) => (s.entry ? [s.entry.id] : []))));
	return glossary.filter((entry) => used.has(entry.id));
}
