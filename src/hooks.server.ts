// Runs only while the pages are prerendered at build time: the app is served as static files.
import type { Handle } from '@sveltejs/kit';
import { hydrateAfterFirstPaint } from '$lib/server/hydrate-after-paint';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html, done }) => (done ? hydrateAfterFirstPaint(html) : html) });
