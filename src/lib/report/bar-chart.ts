// A horizontal bar chart laid out once, in abstract units: the SVG on screen (chart-svg.ts) and the
// PDF (pdf/chart-block.ts) draw the same figure from it. Pure, no DOM.

export interface BarChartEntry {
	readonly label: string;
	/** 0–100 */
	readonly share: number;
	/** the row drawn in bold */
	readonly emphasis: boolean;
}

export interface BarChartRow {
	readonly label: string;
	/** where the right-aligned label ends */
	readonly labelRight: number;
	/** vertical centre of the row's label, bar and value */
	readonly middle: number;
	readonly bar: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
	/** the share as printed, and where it starts */
	readonly value: string;
	readonly valueLeft: number;
	readonly emphasis: boolean;
}

export interface BarChart {
	readonly width: number;
	readonly height: number;
	readonly fontSize: number;
	readonly rows: readonly BarChartRow[];
	/** the vertical axis the bars start from */
	readonly axis: { readonly x: number; readonly top: number; readonly bottom: number };
}

const NBSP = '\u00a0';
const ROW = 40;
const BAR_HEIGHT = 24;
const LABEL_WIDTH = 120;
const LABEL_GAP = 10;
const VALUE_WIDTH = 64;
const VALUE_GAP = 8;
const TOP = 8;
const FONT_SIZE = 15;

export function layoutBarChart(entries: readonly BarChartEntry[], width = 560): BarChart {
	const height = TOP * 2 + ROW * entries.length;
	const barSpace = width - LABEL_WIDTH - VALUE_WIDTH;
	const rows = entries.map((entry, index) => {
		const middle = TOP + index * ROW + ROW / 2;
		const barWidth = Math.round((barSpace * entry.share) / 100);
		return {
			label: entry.label,
			labelRight: LABEL_WIDTH - LABEL_GAP,
			middle,
			bar: { x: LABEL_WIDTH, y: middle - BAR_HEIGHT / 2, width: barWidth, height: BAR_HEIGHT },
			value: `${entry.share}${NBSP}%`,
			valueLeft: LABEL_WIDTH + barWidth + VALUE_GAP,
			emphasis: entry.emphasis
		};
	});
	return { width, height, fontSize: FONT_SIZE, rows, axis: { x: LABEL_WIDTH, top: TOP, bottom: height - TOP } };
}
