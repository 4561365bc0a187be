/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare let self: ServiceWorkerGlobalScope;

// A new version waits until the user accepts the update banner: never a reload mid-answer.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// On first install, serve the page already open, so one visit is enough to work offline. On an
// update this changes nothing: pages already controlled move to the new version once it activates.
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every prerendered page is precached under its own URL; any other navigation gets the SPA shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('200.html')));
