// The acronyms and study terms the report uses, each in a line: paper has no toggletip, so the
// reader finds them at the end, as in the app's glossary.
import type { GlossaryEntry } from '../../content/glossary';
import { glossaryEntriesIn } from '../../engine/glossary';
import { blockTexts } from '../block-texts';
import type { ReportBlock, ReportSection } from '../model';

/** « AFD : Agence française de développement » */
function spelt(entry: GlossaryEntry): string {
	if (entry.expansion) return `${entry.term} : ${entry.expansion}`;
	// a definition continues the line: its sentence's capital goes
	const definition = entry.definition.replace(/\.$/, '');
	return `${entry.term} : ${definition.charAt(0).toLocaleLowerCase('fr')}${definition.slice(1)}`;
}

/** « orientation — Dans l’étude ACTER, ce que la collectivité veut faire… » */
function defined(entry: GlossaryEntry): string {
	return `${entry.term} — ${entry.definition}`;
}

/** acronyms spelt out in one run of text, the study's terms defined one by one: a legend, not a chapter */
export function glossarySection(sections: readonly ReportSection[]): ReportSection | null {
	const entries = glossaryEntriesIn(
		sections.flatMap((section) => [section.title, ...section.blocks.flatMap((block) => blockTexts(block))])
	);
	if (entries.length === 0) return null;
	const acronyms = entries.filter((entry) => entry.acronym);
	const terms = entries.filter((entry) => !entry.acronym);
	const blocks: ReportBlock[] = [];
	if (acronyms.length > 0) blocks.push({ kind: 'paragraph', text: `${acronyms.map(spelt).join(' ; ')}.` });
	if (terms.length > 0) blocks.push({ kind: 'bullets', items: terms.map(defined) });
	return { id: 'glossary', title: 'Sigles et termes', blocks };
}
