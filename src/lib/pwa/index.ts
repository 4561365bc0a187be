// The service worker's registration and the offline copy's state, for the layout.
export * from './offline-copy';
export * from './service-worker.svelte';
