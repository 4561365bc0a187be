// Time to make each example's full PDF report in Node, median of five calls. The module is imported
// statically, before any timing: the figure is the report, not Node's module loading.
import { makeReportPdf } from '../../src/lib/report/pdf/node';
import { loadExamples } from './examples';
import { pdfUnavailable, timeEachExample, type PdfTiming } from './pdf-contract';

export async function measurePdfNode(): Promise<PdfTiming> {
	const examples = loadExamples();
	if (examples.length === 0) return pdfUnavailable('no examples/*.json: no diagnostic to report on');

	return timeEachExample('Node', examples, async (diagnostic) => {
		const start = performance.now();
		const pdf = await makeReportPdf(diagnostic);
		return { ms: performance.now() - start, pdf };
	});
}
