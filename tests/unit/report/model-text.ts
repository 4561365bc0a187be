// Every string a report model puts on paper, for tests that look for it in the PDF.
import type { ReportBlock, ReportModel } from '../../../src/lib/report/model';

export function blockTexts(block: ReportBlock): string[] {
	switch (block.kind) {
		case 'heading':
			return [block.text];
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
			return [block.label, block.url];
		case 'group':
			return [block.title, ...block.blocks.flatMap(blockTexts)];
	}
}

export function modelTexts(model: ReportModel): string[] {
	return [
		model.meta.title,
		model.cover.title,
		model.cover.authorityName,
		...(model.cover.nameNote ? [model.cover.nameNote] : []),
		...model.cover.lines,
		...model.sections.flatMap((section) => [section.title, ...section.blocks.flatMap(blockTexts)])
	];
}

/** the blocks of a section and of the groups in it, depth first */
export function allBlocks(blocks: readonly ReportBlock[]): ReportBlock[] {
	return blocks.flatMap((block) => [block, ...(block.kind === 'group' ? allBlocks(block.blocks) : [])]);
}
