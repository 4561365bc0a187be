// The end-to-end tests' `test`: every page of a test's context waits, after each navigation, until
// the app has hydrated the prerendered page (the root layout marks <html data-hydrated>). With the
// CSS inlined, a page paints before its scripts run, and a click in between would be lost.
import { test as base, type BrowserContext, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

export async function waitForHydration(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

function waitAfterNavigation(page: Page): void {
	for (const method of ['goto', 'reload', 'goBack', 'goForward'] as const) {
		const navigate = page[method].bind(page) as (...args: unknown[]) => ReturnType<Page['reload']>;
		Object.assign(page, {
			[method]: async (...args: unknown[]) => {
				const response = await navigate(...args);
				await waitForHydration(page);
				return response;
			}
		});
	}
}

/** Makes every page of the context, present and future, wait for hydration after navigating. */
export function hydratedNavigation(context: BrowserContext): void {
	context.pages().forEach(waitAfterNavigation);
	context.on('page', waitAfterNavigation);
}

export const test = base.extend({
	context: async ({ context }, use) => {
		hydratedNavigation(context);
		await use(context);
	}
});
