// The vertical cursor of the body pages: where the next block goes, and when to turn the page.
import type { jsPDF } from 'jspdf';
import { CONTENT_BOTTOM, MARGIN } from './theme';

/** tolerance for float sums of line heights */
const EPSILON = 0.01;

export class Flow {
	y: number = MARGIN.top;

	constructor(readonly doc: jsPDF) {}

	get remaining(): number {
		return CONTENT_BOTTOM - this.y;
	}

	get atPageTop(): boolean {
		return this.y <= MARGIN.top + EPSILON;
	}

	fits(height: number): boolean {
		return height <= this.remaining + EPSILON;
	}

	newPage(): void {
		this.doc.addPage('a4', 'portrait');
		this.y = MARGIN.top;
	}

	/** turns the page unless `height` fits here; a block taller than a page starts on a fresh page at best */
	keep(height: number): void {
		if (!this.fits(height) && !this.atPageTop) this.newPage();
	}

	/** vertical space that a page turn swallows */
	space(height: number): void {
		if (this.atPageTop) return;
		this.y = Math.min(this.y + height, CONTENT_BOTTOM);
	}
}

/** height of the area blocks flow into on a body page */
export const PAGE_CONTENT_HEIGHT = CONTENT_BOTTOM - MARGIN.top;
