// Stands in, in the browser build, for the libraries jsPDF imports for features the reports never
// use: html2canvas, canvg and dompurify (doc.html()), fast-png (PNG images) and fflate (jsPDF's own
// compression: reports are made with compress: false and deflated natively by
// src/lib/report/pdf/deflate-streams.ts). Calling any of them is a mistake, said loudly.
export default {};

/** @param {string} name */
function unused(name) {
	return () => {
		throw new Error(`${name} is left out of the build (scripts/vite/fenced/README.md)`);
	};
}

export const decode = unused('fast-png');
export const zlibSync = unused('fflate');
