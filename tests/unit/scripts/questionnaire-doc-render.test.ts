import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionnaireDocument } from '../../../scripts/questionnaire-doc-render';

describe('docs/questionnaire.md', () => {
	it('matches the questionnaire definition (run « npm run docs:questionnaire » after a change)', () => {
		const committed = readFileSync(new URL('../../../docs/questionnaire.md', import.meta.url), 'utf8');
		expect(committed).toBe(questionnaireDocument());
	});
});
