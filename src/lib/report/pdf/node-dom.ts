// The browser globals svg2pdf needs, supplied in Node by linkedom: DOMParser to read the chart
// SVG; `document`, through which svg2pdf measures text and parses <style> sheets; and the CSSOM
// classes it tests sheets against. Anchored text is placed beforehand with jsPDF's metrics
// (chart-svg-prep.ts), so a zero measure — linkedom has no layout — is enough.
import { DOMParser, parseHTML } from 'linkedom';

const SVG_NS = 'http://www.w3.org/2000/svg';

function blankDocument(): Document {
	return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

export function installSvgDom(): void {
	if (typeof globalThis.DOMParser === 'function' && typeof globalThis.document === 'object') return;
	const document = blankDocument();
	const svgElement = Object.getPrototypeOf(document.createElementNS(SVG_NS, 'text')) as object;
	if (!('getBBox' in svgElement)) {
		Object.defineProperty(svgElement, 'getBBox', { value: () => ({ x: 0, y: 0, width: 0, height: 0 }) });
	}
	Object.defineProperty(document, 'implementation', { value: { createHTMLDocument: blankDocument } });
	const probe = document.createElement('style');
	probe.textContent = 'a {}';
	document.head.appendChild(probe);
	const sheet = probe.sheet;
	Object.assign(globalThis, {
		DOMParser,
		document,
		CSSStyleSheet: sheet?.constructor,
		CSSStyleRule: sheet?.cssRules[0]?.constructor
	});
	probe.remove();
}
