// The bench's portfolio generator: what it makes must be what the app accepts, and the same each run.
import { describe, expect, it } from 'vitest';
import { generateDiagnostics } from '../../../../scripts/bench/generate-diagnostics';
import { checkDiagnostic } from '../../../../src/lib/model/diagnostic-schema';

describe('generateDiagnostics', () => {
	it('makes valid, distinct diagnostics, the same for the same seed', () => {
		const diagnostics = generateDiagnostics(200, 7);
		expect(diagnostics).toHaveLength(200);
		expect(new Set(diagnostics.map((d) => d.id)).size).toBe(200);
		for (const diagnostic of diagnostics) expect(checkDiagnostic(diagnostic)).toMatchObject({ ok: true });
		expect(generateDiagnostics(200, 7)).toEqual(diagnostics);
		expect(generateDiagnostics(5, 8)[0]!.id).not.toBe(diagnostics[0]!.id);
	});

	it('mixes finished diagnostics and diagnostics stopped part of the way', () => {
		const diagnostics = generateDiagnostics(100, 1);
		const finished = diagnostics.filter((d) => d.completedAt).length;
		expect(finished).toBeGreaterThan(50);
		expect(finished).toBeLessThan(95);
	});
});
