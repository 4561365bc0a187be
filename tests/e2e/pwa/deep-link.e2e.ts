import { expect, test } from '../support/test';
import { waitForServiceWorkerControl } from './service-worker';

test('a first visit on a deep link installs the app for offline use, for the whole app', async ({ page, baseURL }) => {
	test.setTimeout(60_000); // a service-worker install with its precache, on a shared 2-core machine
	const workerRequests: string[] = [];
	page.context().on('request', (request) => {
		if (request.url().endsWith('/sw.js')) workerRequests.push(new URL(request.url()).pathname);
	});
	// a link to a diagnostic, shared or bookmarked: the app's first page on this device
	await page.goto('./questionnaire/profile?d=lien-partage');
	await waitForServiceWorkerControl(page);
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(scope).toBe(new URL('/', baseURL).href);
	expect(new Set(workerRequests)).toEqual(new Set(['/sw.js']));
});
