import { expect, type Page } from '@playwright/test';

/** Fails when the page is wider than the window: on a phone, the reader would have to scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
	const widths = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		screen: window.innerWidth
	}));
	expect(widths.page, `${where}: ${widths.page} px wide on a ${widths.screen} px screen`).toBeLessThanOrEqual(
		widths.screen
	);
}
