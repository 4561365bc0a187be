// Makes the PDF roadmap from the results page and reads it back with poppler.
import { expect, type Page, type TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/** autodiagnostic-aect-<authority>-<YYYY-MM-DD>.pdf */
export const REPORT_FILE_NAME = /^autodiagnostic-aect-[a-z0-9]+(-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}\.pdf$/;

/** clicks the button, saves the download and returns its file name and text */
export async function downloadReport(page: Page, testInfo: TestInfo): Promise<{ fileName: string; text: string }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger la feuille de route (PDF)' }).click()
	]);
	const fileName = download.suggestedFilename();
	expect(fileName).toMatch(REPORT_FILE_NAME);
	const path = testInfo.outputPath(fileName);
	await download.saveAs(path);
	const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
	await expect(
		page.getByRole('status').filter({ hasText: `Le document «\u00a0${fileName}\u00a0» a été téléchargé.` })
	).toBeVisible();
	return { fileName, text };
}
