// Draws a run of blocks: measures each kind, keeps headings and intros with what follows, and
// short groups together.
import type { jsPDF } from 'jspdf';
import type { ReportBlock } from '../model';
import { drawChart, measureChart } from './chart-block';
import { PAGE_CONTENT_HEIGHT, type Flow } from './flow';
import { drawTable, leadTable, measureTable } from './table-blocks';
import {
	drawBullets,
	drawHeading,
	drawLink,
	drawParagraph,
	leadBullets,
	leadParagraph,
	measureBullets,
	measureHeading,
	measureLink,
	measureParagraph
} from './text-blocks';
import { SPACE } from './theme';

type GroupBlock = Extract<ReportBlock, { kind: 'group' }>;
type IntroBlock = Extract<ReportBlock, { kind: 'intro' }>;

/**
 * Groups up to this height (mm) never straddle a page turn. Taller ones (a support option, a
 * model's evidence) break between their blocks like any text: moving them whole to the next page
 * left up to half a page blank and made a report two pages longer.
 */
const KEEP_WHOLE_HEIGHT = PAGE_CONTENT_HEIGHT / 4;

const asParagraph = (block: IntroBlock) => ({ kind: 'paragraph', text: block.text, tone: 'strong' }) as const;

/** height of `block` drawn unbroken */
export function measureBlock(doc: jsPDF, block: ReportBlock): number {
	switch (block.kind) {
		case 'heading':
			return SPACE.beforeHeading2 + measureHeading(doc, 2, block.text);
		case 'paragraph':
			return measureParagraph(doc, block);
		case 'intro':
			return measureParagraph(doc, asParagraph(block));
		case 'bullets':
			return measureBullets(doc, block);
		case 'facts':
		case 'table':
			return measureTable(doc, block);
		case 'chart':
			return measureChart(doc, block);
		case 'link':
			return measureLink(doc, block);
		case 'group':
			return measureGroup(doc, block);
	}
}

/**
 * What of `blocks[at]` onwards must share a page with whatever sits right above it: a heading, an
 * intro or a paragraph kept with the next block brings along the start of the block it announces.
 */
export function leadOf(doc: jsPDF, blocks: readonly ReportBlock[], at: number): number {
	const block = blocks[at];
	if (!block) return 0;
	switch (block.kind) {
		case 'heading':
			return measureBlock(doc, block) + leadOf(doc, blocks, at + 1);
		case 'intro':
			return measureBlock(doc, block) + SPACE.afterBlock + leadOf(doc, blocks, at + 1);
		case 'paragraph':
			return block.keepWithNext
				? measureBlock(doc, block) + SPACE.afterBlock + leadOf(doc, blocks, at + 1)
				: leadParagraph(doc, block);
		case 'bullets':
			return leadBullets(doc, block);
		case 'facts':
		case 'table':
			return leadTable(doc, block);
		case 'chart':
		case 'link':
			return measureBlock(doc, block);
		case 'group':
			return keptWhole(doc, block) ? measureGroup(doc, block) : groupLead(doc, block);
	}
}

function measureBlocks(doc: jsPDF, blocks: readonly ReportBlock[]): number {
	return blocks.reduce((sum, block) => sum + measureBlock(doc, block) + SPACE.afterBlock, 0);
}

function measureGroup(doc: jsPDF, block: GroupBlock): number {
	return SPACE.beforeHeading2 + measureHeading(doc, 3, block.title) + measureBlocks(doc, block.blocks);
}

function keptWhole(doc: jsPDF, block: GroupBlock): boolean {
	return measureGroup(doc, block) <= KEEP_WHOLE_HEIGHT;
}

/** its title and the start of what it holds */
function groupLead(doc: jsPDF, block: GroupBlock): number {
	return SPACE.beforeHeading2 + measureHeading(doc, 3, block.title) + leadOf(doc, block.blocks, 0);
}

function drawBlock(flow: Flow, blocks: readonly ReportBlock[], at: number): void {
	const block = blocks[at]!;
	switch (block.kind) {
		case 'heading':
			return drawHeading(flow, 2, block.text, leadOf(flow.doc, blocks, at + 1));
		case 'paragraph':
			if (block.keepWithNext) flow.keep(leadOf(flow.doc, blocks, at));
			return drawParagraph(flow, block);
		case 'intro':
			flow.keep(leadOf(flow.doc, blocks, at));
			return drawParagraph(flow, asParagraph(block));
		case 'bullets':
			return drawBullets(flow, block);
		case 'facts':
		case 'table':
			return drawTable(flow, block);
		case 'chart':
			return drawChart(flow, block);
		case 'link':
			return drawLink(flow, block);
		case 'group':
			return drawGroup(flow, block);
	}
}

/** a short group that does not fit starts a new page; a taller one breaks between its blocks */
function drawGroup(flow: Flow, block: GroupBlock): void {
	if (keptWhole(flow.doc, block)) flow.keep(measureGroup(flow.doc, block));
	drawHeading(flow, 3, block.title, leadOf(flow.doc, block.blocks, 0));
	drawBlocks(flow, block.blocks);
}

export function drawBlocks(flow: Flow, blocks: readonly ReportBlock[]): void {
	for (const [at, block] of blocks.entries()) {
		drawBlock(flow, blocks, at);
		if (block.kind !== 'heading' && block.kind !== 'group') flow.space(SPACE.afterBlock);
	}
}
