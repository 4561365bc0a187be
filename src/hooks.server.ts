// Runs only while the pages are prerendered at build time: the app is served as static files.
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { clientImportsOf } from '$lib/server/boot/client-imports';
import { hydrateAfterFirstPaint } from '$lib/server/boot/hydrate-after-paint';

export const handle: Handle = ({ event, resolve }) =>
	building
		? resolve(event, {
				transformPageChunk: ({ html, done }) => (done ? hydrateAfterFirstPaint(html, clientImportsOf) : html)
			})
		: resolve(event);
