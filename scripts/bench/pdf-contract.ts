// What the bench expects of the PDF renderer (src/lib/report/pdf/): its Node entry exports one
// function making the whole report, diagnostic in, file out — placement, recommendations, report
// model and drawing included, since that is what the user waits for. The browser entry is timed
// through the app's own button (pdf-browser.ts) and sized as a lazy chunk (lazy-chunks.ts).
import type { Diagnostic } from '../../src/lib/model/diagnostic';
import type { Example } from './examples';
import { absent, figure, type Budget, type Figure } from './figure';
import { progress } from './progress';
import { median, round } from './stats';

export const PDF_BROWSER = 'src/lib/report/pdf/browser.ts';
const PDF_RUNS = 5;

export interface PdfTiming {
	/** median time per example diagnostic (one per profile type) */
	readonly profiles: Readonly<Record<string, Figure>>;
	/** the slowest profile's median: the figure held against the budget */
	readonly slowest: Figure;
	/** size of each profile's PDF, to see that a real report was made */
	readonly pdfBytes?: Readonly<Record<string, number>>;
	/** page count of each profile's PDF (at most 8 for a commune, without the optional annex) */
	readonly pdfPages?: Readonly<Record<string, number>>;
}

export function pdfUnavailable(note: string, budget?: Budget): PdfTiming {
	return { profiles: {}, slowest: absent('ms', note, budget) };
}

/** page objects in the file: jsPDF writes them uncompressed, one `/Type /Page` each */
export function pdfPageCount(pdf: Uint8Array): number {
	return (
		Buffer.from(pdf)
			.toString('latin1')
			.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
	);
}

function pdfTiming(
	medians: Readonly<Record<string, number>>,
	made: Readonly<Record<string, Uint8Array>>,
	budget?: Budget
): PdfTiming {
	const profiles = Object.fromEntries(
		Object.entries(medians).map(([label, ms]) => [label, figure(round(ms, 1), 'ms', budget)])
	);
	const perExample = (measure: (pdf: Uint8Array) => number) =>
		Object.fromEntries(Object.entries(made).map(([label, pdf]) => [label, measure(pdf)]));
	return {
		profiles,
		slowest: figure(round(Math.max(...Object.values(medians)), 1), 'ms', budget),
		pdfBytes: perExample((pdf) => pdf.byteLength),
		pdfPages: perExample(pdfPageCount)
	};
}

/** Runs `makeOne` PDF_RUNS times per example: the median time of each, and the last PDF made. */
export async function timeEachExample(
	where: string,
	examples: readonly Example[],
	makeOne: (diagnostic: Diagnostic) => Promise<{ ms: number; pdf: Uint8Array }>,
	budget?: Budget
): Promise<PdfTiming> {
	const medians: Record<string, number> = {};
	const made: Record<string, Uint8Array> = {};
	for (const { label, diagnostic } of examples) {
		progress(`PDF in ${where}: ${label}`);
		const times: number[] = [];
		for (let run = 0; run < PDF_RUNS; run++) {
			const { ms, pdf } = await makeOne(diagnostic);
			times.push(ms);
			made[label] = pdf;
		}
		medians[label] = median(times);
	}
	return pdfTiming(medians, made, budget);
}
