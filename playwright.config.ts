import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.js';

// E2E_PORT lets several checkouts run their end-to-end tests side by side.
const port = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://localhost:${port}/`,
		locale: 'fr-FR',
		timezoneId: 'Europe/Paris',
		serviceWorkers: 'block',
		launchOptions: { executablePath: findChromium(), args: chromiumArgs }
	},
	projects: [
		{ name: 'app', testIgnore: /pwa\/.*/ },
		{ name: 'pwa', testMatch: /pwa\/.*\.e2e\.ts/, use: { serviceWorkers: 'allow' } }
	],
	webServer: {
		// The update test needs a second release to offer: a copy of build/ served by cookie.
		command: `node scripts/make-next-build.js && node scripts/serve.js`,
		env: { PORT: String(port), NEXT_BUILD_DIR: 'build-next' },
		url: `http://localhost:${port}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
