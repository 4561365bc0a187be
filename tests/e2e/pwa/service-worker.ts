// Helpers for pages under the service worker. Offline checks start only once the page is controlled.
import type { BrowserContext, Page } from '@playwright/test';

/** Waits until the service worker is activated (statechange, not just `ready`) and controls the page. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) =>
				worker.addEventListener('statechange', () => worker.state === 'activated' && resolve())
			);
		}
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

/** Cuts the network for pages and for the service worker's own fetches too (playwright#2311). */
export async function goOffline(context: BrowserContext): Promise<void> {
	await context.setOffline(true);
	await context.route('**', (route) =>
		route.request().serviceWorker() ? route.abort('internetdisconnected') : route.fallback()
	);
}

/** The URLs in the service worker's precache, without Workbox's revision parameter. */
export function precachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) {
			if (!name.includes('precache')) continue;
			for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
		}
		return paths;
	});
}
