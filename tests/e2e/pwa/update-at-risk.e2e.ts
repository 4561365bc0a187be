// A new release while answers are not stored (issue 16, item 1): the banner never promises what
// is not true, and offers the export before any reload; the save indicator tells the truth too.
import type { BrowserContext, Page } from '@playwright/test';
import { Journey } from '../pages/journey';
import { blockIndexedDb, failWrites, installStorageFaults } from '../support/storage-faults';
import { expect, test } from '../support/test';
import { waitForServiceWorkerControl } from './service-worker';

async function offerNextRelease(page: Page, context: BrowserContext, baseURL: string | undefined) {
	await context.addCookies([{ name: 'acter-build', value: 'next', url: baseURL ?? '' }]);
	await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
	return page.getByRole('status').filter({ hasText: 'Une nouvelle version de l’application est prête' });
}

async function exportThenUpdate(page: Page, banner: ReturnType<Page['getByRole']>) {
	await expect(banner).toContainText('vos dernières réponses ne sont pas enregistrées sur cet appareil');
	await expect(banner).not.toContainText('seront conservées');
	await expect(banner.getByRole('button', { name: 'Mettre à jour maintenant' })).toHaveCount(0);
	const download = page.waitForEvent('download');
	const reloaded = page.waitForEvent('load');
	await banner.getByRole('button', { name: 'Exporter puis mettre à jour' }).click();
	expect((await download).suggestedFilename()).toMatch(/^autodiagnostic-aect-.*\.json$/);
	await reloaded;
}

test('memory mode and an update waiting: the export comes before the reload', async ({ page, context, baseURL }) => {
	test.setTimeout(120_000);
	await blockIndexedDb(page);
	await page.goto('./');
	await waitForServiceWorkerControl(page);
	const journey = new Journey(page);
	await journey.start();
	await journey.answerProfile('Molène');
	await expect(page.getByText('Réponses gardées dans cette page seulement')).toBeVisible();
	await expect(page.getByText('Réponses enregistrées sur cet appareil')).toBeHidden();
	await exportThenUpdate(page, await offerNextRelease(page, context, baseURL));
});

test('a failed save and an update waiting: the export comes before the reload', async ({ page, context, baseURL }) => {
	test.setTimeout(120_000);
	await installStorageFaults(page);
	await page.goto('./');
	await waitForServiceWorkerControl(page);
	const journey = new Journey(page);
	await journey.start();
	await journey.answerProfile('Sein');
	await expect(page.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();
	await failWrites(page, 'UnknownError');
	await journey.choose('Population', 'De 2 000 à 5 000 habitants');
	await expect(page.getByRole('alert').filter({ hasText: 'n’ont pas pu être enregistrées' })).toBeVisible();
	await exportThenUpdate(page, await offerNextRelease(page, context, baseURL));
});
