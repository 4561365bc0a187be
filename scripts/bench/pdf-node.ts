// Time to make each example's full PDF report in Node, median of five calls. The module is imported
// before timing: the figure is the report, not Node's module loading.
import { loadExamples } from './examples';
import { functionExport, importIfPresent } from './optional-module';
import { MAKE_PDF, PDF_NODE, pdfUnavailable, timeEachExample, type MakeReportPdf, type PdfTiming } from './pdf-contract';

function byteLength(pdf: Uint8Array | ArrayBuffer | Blob): number {
	return pdf instanceof Blob ? pdf.size : pdf.byteLength;
}

export async function measurePdfNode(): Promise<PdfTiming> {
	const module = await importIfPresent(PDF_NODE);
	if (!module) return pdfUnavailable(`${PDF_NODE} is absent: the PDF renderer is not in this tree yet`);
	const makePdf = functionExport<MakeReportPdf>(module, PDF_NODE, MAKE_PDF);
	if (typeof makePdf === 'string') return pdfUnavailable(makePdf);
	const examples = loadExamples();
	if (examples.length === 0) return pdfUnavailable('no examples/*.json: no diagnostic to report on');

	return timeEachExample('Node', examples, async (diagnostic) => {
		const start = performance.now();
		const pdf = await makePdf(diagnostic);
		return { ms: performance.now() - start, bytes: byteLength(pdf) };
	});
}
