// Diagnostics brought into meeting mode the way an adviser does it: an exported file, imported on the portfolio page.
import { expect, type Page } from '@playwright/test';

export async function importIntoPortfolio(page: Page, file: string, count: number): Promise<void> {
	await page.goto('./reunion');
	await page.getByText('Importer des diagnostics exportés').click();
	await page
		.getByLabel('Importer des diagnostics depuis un fichier exporté (.json)')
		.setInputFiles({ name: 'reunion.json', mimeType: 'application/json', buffer: Buffer.from(file) });
	await expect(page.getByText(`${count} diagnostics importés.`)).toBeVisible();
}
