// The acronyms and study terms the report uses, each in a line: paper has no toggletip, so the
// reader finds them at the end, as in the app's glossary.
import type { GlossaryEntry } from '../../content/glossary';
import { glossaryEntriesIn } from '../../engine/glossary';
import type { ReportBlock, ReportSection } from '../model';

function blockTexts(block: ReportBlock): string[] {
	switch (block.kind) {
		case 'heading':
		case 'paragraph':
		case 'intro':
			return [block.text];
		case 'bullets':
			return [...block.items];
		case 'facts':
			return block.rows.flat();
		case 'table':
			return [...block.columns, ...block.rows.flat()];
		case 'chart':
			return [block.alt];
		case 'link':
			return [block.label];
		case 'group':
			return [block.title, ...block.blocks.flatMap(blockTexts)];
	}
}

/** an acronym is spelt out (the placement section explains the models at length); a term is defined */
function meaning(entry: GlossaryEntry): string {
	if (!entry.expansion) return entry.definition;
	return entry.expansion.charAt(0).toLocaleUpperCase('fr') + entry.expansion.slice(1);
}

export function glossarySection(sections: readonly ReportSection[]): ReportSection | null {
	const entries = glossaryEntriesIn(sections.flatMap((section) => [section.title, ...section.blocks.flatMap(blockTexts)]));
	if (entries.length === 0) return null;
	return {
		id: 'glossary',
		title: 'Sigles et termes',
		blocks: [{ kind: 'table', columns: ['Sigle ou terme', 'Ce qu’il veut dire'], widths: [1.3, 4], rows: entries.map((entry) => [entry.term, meaning(entry)]) }]
	};
}
