// Readies a chart SVG for svg2pdf: its text in the embedded font, and anchored text placed with
// jsPDF's own metrics (svg2pdf would measure it in a browser font, or not at all in Node).
import type { jsPDF } from 'jspdf';
import { FONT_FAMILY } from './theme';

const DEFAULT_FONT_SIZE = 16;

export function parseChartSvg(svg: string): SVGSVGElement {
	const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
	// browsers report XML errors as a <parsererror> element rather than by throwing
	if (root.nodeName.toLowerCase() !== 'svg' || root.querySelector('parsererror')) throw new Error('Graphique SVG illisible');
	return root as unknown as SVGSVGElement;
}

/** the value of a presentation property on `el` or its nearest ancestor, from its style or its attribute */
function inherited(el: Element, property: string): string | null {
	for (let node: Element | null = el; node; node = node.parentElement) {
		const fromStyle = styleValue(node, property);
		if (fromStyle) return fromStyle;
		const attribute = node.getAttribute(property);
		if (attribute) return attribute;
	}
	return null;
}

function styleValue(el: Element, property: string): string | null {
	const style = el.getAttribute('style') ?? '';
	const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(style);
	return match?.[1]?.trim() ?? null;
}

function withoutStyle(el: Element, property: string): void {
	const style = el.getAttribute('style');
	if (style === null) return;
	const kept = style.split(';').filter((decl) => decl.split(':')[0]?.trim() !== property && decl.trim() !== '');
	el.setAttribute('style', kept.join(';'));
}

function fontStyleOf(el: Element): 'normal' | 'bold' | 'italic' {
	const weight = inherited(el, 'font-weight') ?? 'normal';
	if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) return 'bold';
	return inherited(el, 'font-style') === 'italic' ? 'italic' : 'normal';
}

/** rewrites the SVG in place; `doc` is only used for measuring */
export function prepareChartSvg(doc: jsPDF, root: Element): void {
	for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
		withoutStyle(el, 'font-family');
		if (el.hasAttribute('font-family')) el.removeAttribute('font-family');
	}
	root.setAttribute('font-family', FONT_FAMILY);
	for (const text of Array.from(root.querySelectorAll('text'))) {
		const style = fontStyleOf(text);
		// svg2pdf has no bold italic of our family: keep the weight, drop the slant
		text.setAttribute('font-family', FONT_FAMILY);
		text.setAttribute('font-weight', style === 'bold' ? 'bold' : 'normal');
		text.setAttribute('font-style', style === 'italic' ? 'italic' : 'normal');
		withoutStyle(text, 'font-weight');
		withoutStyle(text, 'font-style');
		resolveAnchor(doc, text, style);
	}
}

function resolveAnchor(doc: jsPDF, text: Element, style: 'normal' | 'bold' | 'italic'): void {
	const anchor = inherited(text, 'text-anchor') ?? 'start';
	const x = Number(text.getAttribute('x') ?? '0');
	if (anchor === 'start' || text.childElementCount > 0 || !Number.isFinite(x)) return;
	const size = parseFloat(inherited(text, 'font-size') ?? '') || DEFAULT_FONT_SIZE;
	doc.setFont(FONT_FAMILY, style);
	const width = doc.getStringUnitWidth((text.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim()) * size;
	text.setAttribute('x', String(anchor === 'middle' ? x - width / 2 : x - width));
	withoutStyle(text, 'text-anchor');
	text.setAttribute('text-anchor', 'start');
}
