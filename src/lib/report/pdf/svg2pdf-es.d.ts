// svg2pdf.js's "main" is a UMD file that Node's ESM loader cannot run; its ES build works in
// both Node and the browser, so the renderer imports that file directly.
declare module 'svg2pdf.js/dist/svg2pdf.es.min.js' {
	export { svg2pdf } from 'svg2pdf.js';
}
