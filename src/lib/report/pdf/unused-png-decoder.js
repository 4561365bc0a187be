// Stands in for fast-png (and the pako and iobuffer it brings), which jsPDF uses only to read PNG
// images given to addImage(): our reports draw no image.
export function decode() {
	throw new Error('fast-png is left out of the build: the reports embed no PNG image');
}
