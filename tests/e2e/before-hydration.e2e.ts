// A click before the scripts run is not lost (issue 16, item 12): the first page's main action is a
// real link, which works whether or not the app has taken the page over yet.
import { expect, test } from '@playwright/test';

test('« Commencer un nouveau diagnostic » clicked before the scripts run still starts one', async ({ page }) => {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	let holding = true;
	await page.route('**/_app/**/*.js', async (route) => {
		if (holding) await held;
		await route.continue();
	});
	await page.goto('./', { waitUntil: 'commit' });
	const start = page.getByRole('link', { name: 'Commencer un nouveau diagnostic' });
	await start.waitFor();
	expect(await page.locator('html[data-hydrated]').count()).toBe(0); // the app has not taken the page over
	holding = false;
	await start.click();
	release();
	await expect(page.getByRole('textbox', { name: 'Nom de la collectivité' })).toBeVisible();
	await expect(page).toHaveURL(/\/questionnaire\/profile\?d=/);
});

// The meeting pages are drawn by their scripts (ssr = false in src/routes/reunion/+layout.ts): their
// actions appear only once they work, so none needs a link. If that page is ever prerendered with
// its content, this fails, and « Nouveau diagnostic en mode réunion » must become a link like « Commencer ».
test('« Nouveau diagnostic en mode réunion » is not shown before the scripts run, and works on the first click once shown', async ({
	page
}) => {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('./reunion', { waitUntil: 'commit' });
	await page.locator('body > div > script').waitFor({ state: 'attached' }); // the whole page is parsed
	const start = page
		.getByRole('button', { name: 'Nouveau diagnostic en mode réunion' })
		.or(page.getByRole('link', { name: 'Nouveau diagnostic en mode réunion' }));
	await expect(start).toHaveCount(0);
	release();
	await start.click();
	await expect(page).toHaveTitle(/^Question 1 sur \d+ – Diagnostic sans nom – Mode réunion/);
});
