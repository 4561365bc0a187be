import { questionnaire } from '../../src/lib/content/questionnaire';
import { type Download } from '@playwright/test';
import { expect, test } from './support/test';
import { importIntoPortfolio } from './pages/portfolio';
import { readFile } from 'node:fs/promises';
import { createDiagnostic } from '../../src/lib/model/diagnostic';
import { writeDiagnosticFile } from '../../src/lib/model/diagnostic-file';
import { engagedAnswers, startingAnswers } from '../fixtures/answers';
import { expectNoAxeViolations } from './support/axe';

const file = writeDiagnosticFile([
	{
		...createDiagnostic(questionnaire.version, 'profile', new Date('2026-03-01T09:00:00Z'), 'commune'),
		answers: engagedAnswers
	},
	{
		...createDiagnostic(questionnaire.version, 'profile', new Date('2026-03-02T09:00:00Z'), 'village'),
		answers: startingAnswers
	},
	{
		...createDiagnostic(questionnaire.version, 'profile', new Date('2026-03-03T09:00:00Z'), 'partial'),
		answers: { authority_type: 'municipality', authority_name: 'Commune-en-Cours' }
	}
]);

test('the roadmaps of a selection download as one PDF per complete diagnostic', async ({ page }) => {
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (/DejaVuSans/.test(request.url())) fonts.push(request.url());
	});
	await importIntoPortfolio(page, file, 3);

	for (const name of ['Saint-Exemple-sur-Loire', 'Petit-Village', 'Commune-en-Cours'])
		await page.getByRole('checkbox', { name: `Sélectionner ${name}` }).check();
	await expect(page.getByRole('heading', { name: 'Sélection : 3 diagnostics' })).toBeVisible();
	expect(fonts, 'the PDF module loads only when asked').toEqual([]);

	const downloads: Download[] = [];
	page.on('download', (download) => downloads.push(download));
	await page.getByRole('button', { name: 'Feuilles de route PDF' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'feuilles de route' })).toHaveText(
		'2 feuilles de route téléchargées. 1 diagnostic incomplet n’a pas de feuille de route.'
	);
	await expect.poll(() => downloads.length).toBe(2);
	expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual([
		expect.stringMatching(/^autodiagnostic-aect-petit-village-edition-2026-\d{4}-\d{2}-\d{2}\.pdf$/),
		expect.stringMatching(/^autodiagnostic-aect-saint-exemple-sur-loire-edition-2026-\d{4}-\d{2}-\d{2}\.pdf$/)
	]);
	for (const download of downloads)
		expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
	expect(fonts.length).toBeGreaterThan(0);
	await expectNoAxeViolations(page, 'portfolio after the roadmaps');
	await page.screenshot({ path: test.info().outputPath('portfolio-roadmaps.png'), fullPage: true });
});
