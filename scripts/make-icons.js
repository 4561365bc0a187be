// Renders the app icons from one source image (static/favicon.svg) with Chromium.
// Run after changing the source: node scripts/make-icons.js (the PNGs are committed).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chromiumArgs, findChromium } from './chromium.js';

const svg = readFileSync(new URL('../static/favicon.svg', import.meta.url), 'utf8');
const targets = [
	// the tab's icon: a bitmap, which browsers decode off the main thread, where an SVG is a document to lay out
	{ file: 'favicon-32.png', size: 32, padding: 0 },
	{ file: 'apple-touch-icon.png', size: 180, padding: 0 },
	{ file: 'icon-192.png', size: 192, padding: 0 },
	{ file: 'icon-512.png', size: 512, padding: 0 },
	// maskable icons keep their content inside the central 80 % safe zone
	{ file: 'icon-maskable-512.png', size: 512, padding: 0.1 }
];

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage();
for (const { file, size, padding } of targets) {
	await page.setViewportSize({ width: size, height: size });
	const inset = Math.round(size * padding);
	await page.setContent(
		`<body style="margin:0;background:#1d4e89"><div style="padding:${inset}px">${svg.replace('<svg ', `<svg width="${size - 2 * inset}" height="${size - 2 * inset}" `)}</div></body>`
	);
	await page.screenshot({
		path: new URL(`../static/icons/${file}`, import.meta.url).pathname,
		omitBackground: false
	});
}
await browser.close();
console.log(`${targets.length} icônes écrites dans static/icons/`);
