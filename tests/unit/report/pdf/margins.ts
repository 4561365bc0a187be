// Words poppler finds outside a page's text area: beyond the side margins, off the page's top or
// bottom strip, or straddling the top or bottom edge of the body (the running header and footer
// sit wholly outside it).
import { CONTENT_BOTTOM, MARGIN, PAGE, PT_TO_MM } from '../../../../src/lib/report/pdf/theme';
import type { PageLayout } from './poppler';

const TOLERANCE = 0.3; // mm
const EDGE = 8; // mm: nothing is drawn closer to the top or bottom of the sheet

export function strayWords(pages: readonly PageLayout[]): string[] {
	const mm = (pt: number): number => pt * PT_TO_MM;
	const stray: string[] = [];
	pages.forEach((page, i) => {
		for (const word of page.words) {
			const [left, right, top, bottom] = [mm(word.xMin), mm(word.xMax), mm(word.yMin), mm(word.yMax)];
			const outside =
				left < MARGIN.left - TOLERANCE ||
				right > PAGE.width - MARGIN.right + TOLERANCE ||
				top < EDGE ||
				bottom > PAGE.height - EDGE ||
				(top < MARGIN.top && bottom > MARGIN.top + TOLERANCE) ||
				(top < CONTENT_BOTTOM - TOLERANCE && bottom > CONTENT_BOTTOM + TOLERANCE);
			if (outside)
				stray.push(
					`page ${i + 1}: « ${word.text} » ${left.toFixed(1)}–${right.toFixed(1)} × ${top.toFixed(1)}–${bottom.toFixed(1)} mm`
				);
		}
	});
	return stray;
}

/** pt: heading lines are taller than body, table and caption lines */
export const HEADING_LINE_PT = 13;

/** the lowest line of each body page's text area (the cover and the running furniture left out) */
export function lastBodyLines(pages: readonly PageLayout[]): { page: number; text: string; height: number }[] {
	return pages.slice(1).flatMap((page, i) => {
		const body = page.lines.filter(
			(line) => line.yMin * PT_TO_MM > MARGIN.top && line.yMax * PT_TO_MM < CONTENT_BOTTOM + 1
		);
		if (body.length === 0) return [];
		const last = body.reduce((a, b) => (b.yMax > a.yMax ? b : a));
		return [{ page: i + 2, text: last.text, height: last.yMax - last.yMin }];
	});
}
