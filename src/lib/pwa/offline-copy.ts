// Removes the app's offline copy: the service worker and everything it cached on this device.
export async function removeOfflineCopy(): Promise<void> {
	if ('serviceWorker' in navigator) {
		const registrations = await navigator.serviceWorker.getRegistrations();
		await Promise.all(registrations.map((registration) => registration.unregister()));
	}
	if ('caches' in globalThis) {
		const names = await caches.keys();
		await Promise.all(names.map((name) => caches.delete(name)));
	}
}
