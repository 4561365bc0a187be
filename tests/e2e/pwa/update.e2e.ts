import { expect, test } from '../support/test';
import { Journey } from '../pages/journey';
import { waitForServiceWorkerControl } from './service-worker';

test('a new release while answering: offered, never forced, and no answer lost', async ({ page, context, baseURL }) => {
	test.setTimeout(120_000); // two service-worker installs with their precache, on a shared 2-core machine
	await page.goto('./');
	await waitForServiceWorkerControl(page);
	const journey = new Journey(page);
	await journey.start();
	await journey.answerProfile('Crozon');
	const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

	// From now on this browser is served the next release (scripts/make-next-build.js).
	await context.addCookies([{ name: 'acter-build', value: 'next', url: baseURL ?? '' }]);
	await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

	const banner = page.getByRole('status').filter({ hasText: 'Une nouvelle version de l’application est prête' });
	await expect(banner).toBeVisible();
	// Still answering: the page was not reloaded behind the user's back.
	await page.evaluate(() => ((window as { stillHere?: boolean }).stillHere = true));
	await journey.choose('Population', 'De 2 000 à 5 000 habitants');
	await expect(page.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();
	expect(await page.evaluate(() => (window as { stillHere?: boolean }).stillHere)).toBe(true);

	const reloaded = page.waitForEvent('load');
	await banner.getByRole('button', { name: 'Mettre à jour maintenant' }).click();
	await reloaded;
	expect(await page.evaluate(() => (window as { stillHere?: boolean }).stillHere)).toBeUndefined();
	await expect(page.getByRole('textbox', { name: 'Nom de la collectivité' })).toHaveValue('Crozon');
	await expect(
		page.getByRole('group', { name: 'Population' }).getByLabel('De 2 000 à 5 000 habitants')
	).toBeChecked();
	await expect(banner).toBeHidden();
	const state = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return { waiting: registration.waiting !== null, controller: navigator.serviceWorker.controller?.scriptURL };
	});
	expect(state).toEqual({ waiting: false, controller: firstWorker });
});
