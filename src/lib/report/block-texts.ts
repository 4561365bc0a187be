// Every string a report block puts on paper, depth first: what the glossary looks for, and what
// tests look for in the PDF. A link's address is not printed (its name carries it) unless asked.
import type { ReportBlock } from './model';

export function blockTexts(block: ReportBlock, options: { readonly urls?: boolean } = {}): string[] {
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
			return options.urls ? [block.label, block.url] : [block.label];
		case 'group':
			return [block.title, ...block.blocks.flatMap((inner) => blockTexts(inner, options))];
	}
}
