// Stands in for fflate, which jsPDF uses only to compress streams and images itself: our reports
// are made with compress: false and deflated natively afterwards (deflate-streams.ts), with no image.
export function zlibSync() {
	throw new Error('fflate is left out of the build: streams are deflated by deflate-streams.ts');
}
