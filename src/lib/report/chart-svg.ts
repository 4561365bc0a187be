// The placement as a bar chart: one bar per model with its share, laid out by bar-chart.ts, which
// the PDF draws too. As a standalone SVG string for the screen: plain rect, text and line only.
import { modelDescriptions } from '../content/typology/models';
import { modelIds } from '../content/typology/model-ids';
import type { EngagedPlacement } from '../engine/typology/types';
import { layoutBarChart, type BarChart } from './bar-chart';
import { exclusionTag } from './text';

export interface ChartOptions {
	/** prefix of the ids of <title> and <desc>, unique on the page */
	readonly idPrefix?: string;
	readonly width?: number;
	/** text of <title>; our own words only, never text a user typed */
	readonly title?: string;
}

const NBSP = '\u00a0';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
// #1d4e89 on white: contrast 8.6:1; #1b1b1b text: 17:1 (the app's --blue and --text)
const BAR = '#1d4e89';
const TEXT = '#1b1b1b';
const AXIS = '#767676';

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const shareOf = (placement: EngagedPlacement, id: (typeof modelIds)[number]) =>
	placement.models.find((m) => m.model === id)?.share ?? 0;

/** The text alternative: every share, then the main model. */
export function chartDescription(placement: EngagedPlacement): string {
	const shares = modelIds.map(
		(id) =>
			`${modelDescriptions[id].name}${NBSP}: ${shareOf(placement, id)}${NBSP}%${exclusionTag(placement, id) ? `, ${exclusionTag(placement, id)}` : ''}`
	);
	return `${shares.join(' ; ')}. Modèle principal${NBSP}: ${modelDescriptions[placement.main].name}.`;
}

/** One bar per model, in the study's order, the main model in bold. */
export function placementChart(placement: EngagedPlacement, width?: number): BarChart {
	const entries = modelIds.map((id) => ({
		label: modelDescriptions[id].name,
		share: shareOf(placement, id),
		emphasis: id === placement.main
	}));
	return layoutBarChart(entries, width);
}

export function placementChartSvg(placement: EngagedPlacement, options: ChartOptions = {}): string {
	const prefix = options.idPrefix ?? 'placement-chart';
	const title = options.title ?? 'Part de chaque modèle ACTER dans votre profil';
	const chart = placementChart(placement, options.width);
	const rows = chart.rows.map((row) => {
		const weight = row.emphasis ? ' font-weight="bold"' : '';
		const text = (x: number, anchor: string, content: string) =>
			`<text x="${x}" y="${row.middle}"${anchor} dominant-baseline="middle" font-size="${chart.fontSize}"${weight} fill="${TEXT}">${escapeXml(content)}</text>`;
		const { x, y, width, height } = row.bar;
		return [
			text(row.labelRight, ' text-anchor="end"', row.label),
			`<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${BAR}"/>`,
			text(row.valueLeft, '', row.value)
		].join('');
	});
	const { axis } = chart;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${FONT}">`,
		`<title id="${prefix}-title">${escapeXml(title)}</title>`,
		`<desc id="${prefix}-desc">${escapeXml(chartDescription(placement))}</desc>`,
		...rows,
		`<line x1="${axis.x}" y1="${axis.top}" x2="${axis.x}" y2="${axis.bottom}" stroke="${AXIS}" stroke-width="1"/>`,
		'</svg>'
	].join('');
}
