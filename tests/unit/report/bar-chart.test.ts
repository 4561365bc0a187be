import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutBarChart } from '../../../src/lib/report/bar-chart';

const entries = fc.array(
	fc.record({
		label: fc.string({ minLength: 1, maxLength: 12 }),
		share: fc.integer({ min: 0, max: 100 }),
		emphasis: fc.boolean()
	}),
	{ minLength: 1, maxLength: 8 }
);

describe('bar chart layout', () => {
	it('keeps bars, labels and values inside the figure, one row under the other', () => {
		fc.assert(
			fc.property(entries, fc.integer({ min: 300, max: 800 }), (rows, width) => {
				const chart = layoutBarChart(rows, width);
				expect(chart.rows).toHaveLength(rows.length);
				chart.rows.forEach((row, i) => {
					expect(row.bar.x).toBe(chart.axis.x);
					expect(row.bar.x + row.bar.width).toBeLessThanOrEqual(row.valueLeft);
					expect(row.valueLeft).toBeLessThan(width);
					expect(row.labelRight).toBeLessThan(chart.axis.x);
					expect(row.bar.y).toBeGreaterThanOrEqual(chart.axis.top);
					expect(row.bar.y + row.bar.height).toBeLessThanOrEqual(chart.axis.bottom);
					if (i > 0)
						expect(row.bar.y).toBeGreaterThanOrEqual(
							chart.rows[i - 1]!.bar.y + chart.rows[i - 1]!.bar.height
						);
				});
				expect(chart.axis.bottom).toBeLessThanOrEqual(chart.height);
			}),
			{ numRuns: 300 }
		);
	});

	it('draws a larger share as a longer bar, and prints it in French', () => {
		fc.assert(
			fc.property(entries, (rows) => {
				const chart = layoutBarChart(rows);
				for (const [i, a] of rows.entries()) {
					expect(chart.rows[i]!.value).toBe(`${a.share}\u00a0%`);
					for (const [j, b] of rows.entries()) {
						if (a.share > b.share)
							expect(chart.rows[i]!.bar.width).toBeGreaterThanOrEqual(chart.rows[j]!.bar.width);
					}
				}
			}),
			{ numRuns: 300 }
		);
		expect(layoutBarChart([{ label: 'A', share: 0, emphasis: false }]).rows[0]!.bar.width).toBe(0);
	});
});
