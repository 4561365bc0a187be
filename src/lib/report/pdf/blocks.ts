// Draws a run of blocks: measures each kind, keeps headings with what follows and groups together.
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

/** height of `block` drawn unbroken */
export function measureBlock(doc: jsPDF, block: ReportBlock): number {
	switch (block.kind) {
		case 'heading':
			return SPACE.beforeHeading2 + measureHeading(doc, 2, block.text);
		case 'paragraph':
			return measureParagraph(doc, block);
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

/** the part of `block` that must share a page with a heading right above it */
export function leadBlock(doc: jsPDF, block: ReportBlock | undefined): number {
	if (!block) return 0;
	switch (block.kind) {
		case 'heading':
			return measureBlock(doc, block);
		case 'paragraph':
			return leadParagraph(doc, block);
		case 'bullets':
			return leadBullets(doc, block);
		case 'facts':
		case 'table':
			return leadTable(doc, block);
		case 'chart':
		case 'link':
			return measureBlock(doc, block);
		case 'group':
			return Math.min(measureGroup(doc, block), PAGE_CONTENT_HEIGHT / 2);
	}
}

function measureBlocks(doc: jsPDF, blocks: readonly ReportBlock[]): number {
	return blocks.reduce((sum, block) => sum + measureBlock(doc, block) + SPACE.afterBlock, 0);
}

function measureGroup(doc: jsPDF, block: GroupBlock): number {
	return SPACE.beforeHeading2 + measureHeading(doc, 3, block.title) + measureBlocks(doc, block.blocks);
}

function drawBlock(flow: Flow, block: ReportBlock, next: ReportBlock | undefined): void {
	switch (block.kind) {
		case 'heading':
			return drawHeading(flow, 2, block.text, leadBlock(flow.doc, next));
		case 'paragraph':
			return drawParagraph(flow, block);
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

/** a group that fits on a page starts a new one rather than being split */
function drawGroup(flow: Flow, block: GroupBlock): void {
	const height = measureGroup(flow.doc, block);
	if (height <= PAGE_CONTENT_HEIGHT) flow.keep(height);
	drawHeading(flow, 3, block.title, leadBlock(flow.doc, block.blocks[0]));
	drawBlocks(flow, block.blocks);
}

export function drawBlocks(flow: Flow, blocks: readonly ReportBlock[]): void {
	for (const [i, block] of blocks.entries()) {
		drawBlock(flow, block, blocks[i + 1]);
		if (block.kind !== 'heading' && block.kind !== 'group') flow.space(SPACE.afterBlock);
	}
}
