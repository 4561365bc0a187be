// Time to make each example's full PDF report in Node, median of five calls. The module is imported
// before timing: the figure is the report, not Node's module loading.
import { loadExamples } from './examples';
import { functionExport, importIfPresent } from './optional-module';
import { MAKE_PDF, PDF_NODE, pdfUnavailable, timeEachExample, type MakeReportPdf, type PdfTiming } from './pdf-contract';

async function bytesOf(pdf: Uint8Array | ArrayBuffer | Blob): Promise<Uint8Array> {
	if (pdf instanceof Blob) return new Uint8Array(await pdf.arrayBuffer());
	return pdf instanceof Uint8Array ? pdf : new Uint8Array(pdf);
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
		const ms = performance.now() - start;
		return { ms, pdf: await bytesOf(pdf) };
	});
}
