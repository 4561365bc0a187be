// jsPDF's browser build imports libraries for features the reports never use; resolved to one stub
// when jsPDF imports them (and only then), they stay out of the PDF chunk and the precache.
// What it relies on and why it is kept: README.md here.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** each library jsPDF 4.2.0 imports for an unused feature, and the bindings the stub must export */
export const JSPDF_EXTRAS: Readonly<Record<string, readonly string[]>> = {
	html2canvas: ['default'],
	canvg: ['default'],
	dompurify: ['default'],
	'fast-png': ['decode'],
	fflate: ['zlibSync']
};

export const STUB = fileURLToPath(new URL('./jspdf-extras-stub.js', import.meta.url));

const JSPDF_DIR = /[\\/]node_modules[\\/]jspdf[\\/]/;

/** The stub for `source` when jsPDF imports it; undefined otherwise (any other importer gets the real library). */
export function stubFor(source: string, importer: string | undefined): string | undefined {
	return source in JSPDF_EXTRAS && importer !== undefined && JSPDF_DIR.test(importer) ? STUB : undefined;
}

/** Stubs jsPDF's extras in the browser build; fails the build when jsPDF no longer imports one of them. */
export function stubJsPdfExtras(): Plugin {
	const stubbed = new Set<string>();
	return {
		name: 'acter:stub-jspdf-extras',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		enforce: 'pre',
		buildStart() {
			stubbed.clear();
		},
		resolveId(source, importer) {
			const stub = stubFor(source, importer);
			if (stub) stubbed.add(source);
			return stub;
		},
		buildEnd(error) {
			if (error) return;
			const missing = Object.keys(JSPDF_EXTRAS).filter((name) => !stubbed.has(name));
			if (missing.length === 0) return;
			const message = `jsPDF no longer imports ${missing.join(', ')}: see scripts/vite/fenced/README.md`;
			// said as a warning first: a failed client build is reported by the PWA plugin's own error
			// (no _app/version.json), which hides this one
			this.warn(message);
			this.error(message);
		}
	};
}
