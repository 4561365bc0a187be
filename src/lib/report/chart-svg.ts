// The placement as a standalone SVG bar chart: one bar per model with its share. Pure, no DOM;
// plain rect, text and line only, so that svg2pdf draws the PDF's chart from the same string.
import { modelDescriptions } from '../content/typology/models';
import { modelIds } from '../content/typology/model-ids';
import type { EngagedPlacement } from '../engine/typology/types';

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
const ROW = 40;
const BAR_HEIGHT = 24;
const LABEL_WIDTH = 120;
const VALUE_WIDTH = 64;
const TOP = 8;

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The text alternative: every share, then the main model. */
export function chartDescription(placement: EngagedPlacement): string {
	const shares = modelIds.map((id) => {
		const share = placement.models.find((m) => m.model === id)?.share ?? 0;
		return `${modelDescriptions[id].name}${NBSP}: ${share}${NBSP}%`;
	});
	return `${shares.join(' ; ')}. Modèle principal${NBSP}: ${modelDescriptions[placement.main].name}.`;
}

export function placementChartSvg(placement: EngagedPlacement, options: ChartOptions = {}): string {
	const prefix = options.idPrefix ?? 'placement-chart';
	const width = options.width ?? 560;
	const title = options.title ?? 'Part de chaque modèle ACTER dans votre profil';
	const height = TOP * 2 + ROW * modelIds.length;
	const barSpace = width - LABEL_WIDTH - VALUE_WIDTH;
	const rows = modelIds.map((id, index) => {
		const share = placement.models.find((m) => m.model === id)?.share ?? 0;
		const y = TOP + index * ROW;
		const barWidth = Math.round((barSpace * share) / 100);
		const middle = y + ROW / 2;
		const weight = id === placement.main ? ' font-weight="bold"' : '';
		return [
			`<text x="${LABEL_WIDTH - 10}" y="${middle}" text-anchor="end" dominant-baseline="middle" font-size="15"${weight} fill="${TEXT}">${escapeXml(modelDescriptions[id].name)}</text>`,
			`<rect x="${LABEL_WIDTH}" y="${middle - BAR_HEIGHT / 2}" width="${barWidth}" height="${BAR_HEIGHT}" fill="${BAR}"/>`,
			`<text x="${LABEL_WIDTH + barWidth + 8}" y="${middle}" dominant-baseline="middle" font-size="15"${weight} fill="${TEXT}">${share}${NBSP}%</text>`
		].join('');
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${FONT}">`,
		`<title id="${prefix}-title">${escapeXml(title)}</title>`,
		`<desc id="${prefix}-desc">${escapeXml(chartDescription(placement))}</desc>`,
		...rows,
		`<line x1="${LABEL_WIDTH}" y1="${TOP}" x2="${LABEL_WIDTH}" y2="${height - TOP}" stroke="${AXIS}" stroke-width="1"/>`,
		'</svg>'
	].join('');
}
