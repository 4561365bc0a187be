// The PDF roadmap is made on the device: once the app is installed, it needs no network at all.
import { expect, test } from '../support/test';
import { downloadReport } from '../support/report-download';
import { seed } from '../support/seed';
import { exampleDiagnostic } from '../../fixtures/answers';
import { goOffline, waitForServiceWorkerControl } from './service-worker';

test('after one visit, the PDF roadmap is made and downloaded offline', async ({ page, context }, testInfo) => {
	await page.goto('./');
	await waitForServiceWorkerControl(page);
	const diagnostic = exampleDiagnostic('astre');
	await seed(page, diagnostic);
	await goOffline(context);

	await page.goto(`./resultats?d=${diagnostic.id}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Vos résultats' })).toBeFocused();
	const { fileName, text } = await downloadReport(page, testInfo);
	expect(fileName).toMatch(/^autodiagnostic-aect-metropole-profil-type-astre-/);
	expect(text).toContain('Métropole profil-type ASTRE');
});
