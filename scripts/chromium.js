// Where Playwright finds a browser here: Debian's Chromium (browser downloads are not possible).
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {string | undefined} */
export function findChromium() {
	return candidates.find((path) => path && existsSync(path));
}

/** Flags that keep Chromium quiet on a machine with no network beyond localhost. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
