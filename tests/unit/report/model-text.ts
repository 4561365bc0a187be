// Every string a report model puts on paper, for tests that look for it in the PDF.
import { blockTexts as textsOf } from '../../../src/lib/report/block-texts';
import type { ReportBlock, ReportModel } from '../../../src/lib/report/model';

/** a block's strings, links' addresses included (the PDF carries them on the link) */
export function blockTexts(block: ReportBlock): string[] {
	return textsOf(block, { urls: true });
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
