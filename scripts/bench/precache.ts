// What an offline install downloads: the precache manifest workbox-build injected into build/sw.js.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { figure, type Figure } from './figure';
import { buildDir } from './paths';
import { sizesOfFile, sum } from './sizes';

export interface Precache {
	readonly entries: number;
	readonly raw: Figure;
	readonly gzip: Figure;
}

/** The injected manifest is the only JSON array of {url, revision} objects in the minified worker. */
export function precacheUrls(serviceWorker: string): string[] {
	const match = /\[\s*\{\s*"(?:url|revision)"[\s\S]*?\}\s*\]/.exec(serviceWorker);
	if (!match) throw new Error('no precache manifest found in build/sw.js');
	const entries = JSON.parse(match[0]) as { url: string; revision: string | null }[];
	return entries.map((entry) => entry.url);
}

/** Prerendered pages are precached under clean URLs (`/`, `recapitulatif`): find their .html file. */
export function fileOf(url: string): string {
	const path = `${buildDir}/${url.replace(/^\/|\/$/g, '')}`;
	const found = [path, `${path}.html`, `${path}/index.html`].find((p) => existsSync(p) && statSync(p).isFile());
	if (!found) throw new Error(`precached URL ${url} has no file in build/`);
	return found;
}

export function measurePrecache(): Precache {
	const urls = precacheUrls(readFileSync(`${buildDir}/sw.js`, 'utf8'));
	const total = sum(urls.map((url) => sizesOfFile(fileOf(url))));
	return { entries: urls.length, raw: figure(total.raw, 'bytes'), gzip: figure(total.gzip, 'bytes') };
}
