// Debian's Chromium through Playwright, with the project's flags (browser downloads are impossible here).
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { chromiumArgs, findChromium } from '../chromium.js';

export function chromiumPath(): string {
	const path = findChromium();
	if (!path) throw new Error('No Chromium found: install Debian’s chromium or set CHROMIUM_PATH');
	return path;
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/** A fresh context: empty cache and storage, so every load is a first visit. Service workers are
 * blocked, so the worker's precaching does not add requests to the page's own. */
export function freshContext(browser: Browser, baseURL?: string): Promise<BrowserContext> {
	return browser.newContext({ serviceWorkers: 'block', locale: 'fr-FR', baseURL });
}
