import { expectNoAxeViolations } from '../support/axe';
import { expect, test } from '../support/test';
import { Journey } from '../pages/journey';
import { waitForServiceWorkerControl } from './service-worker';

test('a full journey stays on this origin and breaks no content security rule', async ({ page, context, baseURL }) => {
	const origin = new URL(baseURL ?? '').origin;
	const requests: string[] = [];
	const problems: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	page.on('console', (message) => {
		if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
			problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));

	await page.goto('./');
	await waitForServiceWorkerControl(page);
	const journey = new Journey(page);
	await journey.start();
	await journey.answerProfile('Douarnenez');
	await journey.finishShortPath();
	await expectNoAxeViolations(page, 'the results after the short path');
	await page.getByRole('link', { name: 'Revenir à la liste des diagnostics' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exporter tous les diagnostics' }).click();
	await download;
	await page.getByRole('link', { name: 'Confidentialité et suppression de vos données' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confidentialité de vos données');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confidentialité de vos données');

	expect(requests.length).toBeGreaterThan(10);
	expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:'))).toEqual([]);
	expect(problems).toEqual([]);
});
