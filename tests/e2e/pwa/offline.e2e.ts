import { expect, test } from '../support/test';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Journey } from '../pages/journey';
import { goOffline, precachedPaths, waitForServiceWorkerControl } from './service-worker';

const build = new URL('../../../build/', import.meta.url).pathname;

/** Every file of the build a page may need, as the path the browser asks for. */
function builtPaths(): string[] {
	const files = readdirSync(build, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name) && entry.name !== 'sw.js')
		.map((entry) => `/${relative(build, join(entry.parentPath, entry.name))}`);
	return files.map((file) =>
		file === '/index.html' ? '/' : file === '/200.html' ? file : file.replace(/\.html$/, '')
	);
}

test.beforeEach(async ({ page }) => {
	await page.goto('./');
	await waitForServiceWorkerControl(page);
});

test('precaches every page, script, style, font, data file, the manifest and the icons', async ({ page }) => {
	const precached = new Set(await precachedPaths(page));
	const expected = builtPaths();
	expect(expected).toEqual(
		expect.arrayContaining([
			'/',
			'/recapitulatif',
			'/confidentialite',
			'/questionnaire/profile',
			'/manifest.webmanifest',
			'/icons/icon-512.png'
		])
	);
	expect(expected.filter((path) => !precached.has(path))).toEqual([]);
});

test('links a French manifest whose icons are served', async ({ page, request }) => {
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = (await (await request.get(new URL(href ?? '', page.url()).href)).json()) as {
		name: string;
		lang: string;
		display: string;
		icons: { src: string; sizes: string; purpose?: string }[];
	};
	expect(manifest).toMatchObject({
		lang: 'fr',
		display: 'standalone',
		name: expect.stringContaining('action extérieure')
	});
	expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
	for (const icon of manifest.icons)
		expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
});

test('after one visit, a whole diagnostic can be answered offline', async ({ page, context }) => {
	await goOffline(context);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Faites le point sur l’action extérieure de votre collectivité'
	);
	const journey = new Journey(page);
	await journey.start();
	await journey.answerProfile('Plouzané');
	await journey.finishShortPath();
	await expect(page.getByText('Le questionnaire est complet.')).toBeVisible();
});

test('closing the page mid-step and opening it again offline loses nothing', async ({ page, context }) => {
	const journey = new Journey(page);
	await journey.start();
	await journey.answerProfile('Locmaria-Plouzané');
	await expect(page.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();
	const address = page.url();
	await goOffline(context);
	await page.close();

	const reopened = await context.newPage();
	await reopened.goto(address);
	await expect(reopened.getByRole('textbox', { name: 'Nom de la collectivité' })).toHaveValue('Locmaria-Plouzané');
	await expect(reopened.getByRole('combobox', { name: 'Département' })).toHaveValue('29');
	await expect(
		reopened.getByRole('group', { name: 'Vous répondez en tant que…' }).getByLabel('Élu ou élue')
	).toBeChecked();
});
