// The bench's own logic (not its timings): reading the precache manifest and finding the chunks
// only the PDF renderer loads.
import { describe, expect, it } from 'vitest';
import { budgetSummary, figure } from '../../../../scripts/bench/figure';
import { pdfOnlyChunks } from '../../../../scripts/bench/lazy-chunks';
import { precacheUrls } from '../../../../scripts/bench/precache';
import { median } from '../../../../scripts/bench/stats';
import { chunkKeyOf } from '../../../../scripts/bench/vite-manifest';
import type { Manifest } from '../../../../src/lib/server/boot/vite-manifest';

describe('bench', () => {
	it('takes the median of odd and even counts', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	it('says whether a figure meets its budget, and cannot say without a value', () => {
		expect(figure(61_000, 'bytes', { max: 60_000 }).met).toBe(false);
		expect(figure(100, 'score', { min: 100 }).met).toBe(true);
		expect(figure(null, 'ms', { max: 500 }, 'absent').met).toBeNull();
		expect(budgetSummary({ a: { b: figure(1, 'ms', { max: 2 }) }, c: figure(1, 'ms') })).toEqual([
			{ figure: 'a.b', value: 1, budget: { max: 2 }, met: true }
		]);
	});

	it('reads the precache manifest out of a minified service worker', () => {
		const worker =
			'const a=[1,2];precacheAndRoute([{"revision":"x1","url":"index.html"},{"revision":null,"url":"_app/a.js"}]);f([3]);';
		expect(precacheUrls(worker)).toEqual(['index.html', '_app/a.js']);
	});

	it('counts as PDF-only the chunks no other entry reaches', () => {
		const manifest: Manifest = {
			'app.js': {
				file: 'app.js',
				isEntry: true,
				imports: ['_shared.js'],
				dynamicImports: ['src/lib/report/pdf/browser.ts']
			},
			'_shared.js': { file: 'shared.js' },
			'src/lib/report/pdf/browser.ts': {
				file: 'pdf.js',
				isDynamicEntry: true,
				imports: ['_shared.js', '_jspdf.js'],
				dynamicImports: ['_optional.js'],
				assets: ['font.ttf']
			},
			'_jspdf.js': { file: 'jspdf.js' },
			'_optional.js': { file: 'optional.js', isDynamicEntry: true }
		};
		expect(pdfOnlyChunks(manifest).sort()).toEqual(['_jspdf.js', '_optional.js', 'src/lib/report/pdf/browser.ts']);
	});

	it('finds the renderer once Rollup has merged small chunks into it and keyed it by file', () => {
		const manifest: Manifest = {
			'app.js': { file: 'app.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['_Xy12.js'] },
			'_shared.js': { file: 'shared.js' },
			'_Xy12.js': { file: 'Xy12.js', name: 'browser', isDynamicEntry: true, imports: ['_shared.js'] },
			'_Other.js': { file: 'Other.js', name: 'export', isDynamicEntry: true }
		};
		expect(chunkKeyOf(manifest, 'src/lib/report/pdf/browser.ts')).toBe('_Xy12.js');
		expect(pdfOnlyChunks(manifest)).toEqual(['_Xy12.js']);
	});
});
