// The only module that talks to the service worker. A new version is offered, never forced:
// the page reloads only when the user accepts, after every answer has been written.
import { registerSW } from 'virtual:pwa-register';

const HOUR = 60 * 60 * 1000;

export class ServiceWorkerState {
	/** a new version is installed and waiting for the user's go-ahead */
	updateReady = $state(false);
	/** first install done: the app now works offline */
	offlineReady = $state(false);

	#update: ((reload?: boolean) => Promise<void>) | null = null;

	start(): void {
		if (!('serviceWorker' in navigator)) return;
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.updateReady = true),
			onOfflineReady: () => (this.offlineReady = true),
			onRegisteredSW: (_url, registration) => {
				if (!registration) return;
				setInterval(() => {
					if (navigator.onLine) void registration.update();
				}, HOUR);
			}
		});
	}

	/** Applies the waiting version once `beforeReload` (saving the answers) has finished. */
	async applyUpdate(beforeReload: () => Promise<void> = async () => {}): Promise<void> {
		await beforeReload();
		await this.#update?.(true);
	}

	dismiss(): void {
		this.updateReady = false;
	}
}
