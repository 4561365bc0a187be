import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, diagnosticFileJsonSchema } from '../../../scripts/json-schema';

describe('published JSON Schema of the export file', () => {
	it('is what the app reads today (run « npm run schema » after changing the format)', () => {
		expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(diagnosticFileJsonSchema());
	});
});
