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
	#registration: ServiceWorkerRegistration | undefined;
	#accepted = false;

	start(): void {
		if (!('serviceWorker' in navigator)) return;
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.updateReady = true),
			onOfflineReady: () => (this.offlineReady = true),
			// Without this the plugin reloads by itself when a new version takes control, and only
			// when its own bookkeeping says « update » (it misses the first one: vite-plugin-pwa#789).
			// We decide in #controllerChanged instead.
			onNeedReload: () => undefined,
			onRegisteredSW: (_url, registration) => {
				this.#registration = registration;
				if (!registration) return;
				setInterval(() => {
					if (navigator.onLine) void registration.update();
				}, HOUR);
			}
		});
		let controlled = navigator.serviceWorker.controller !== null;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			this.#controllerChanged(controlled);
			controlled = true;
		});
	}

	/** Reload if this tab accepted the update; if another tab did, offer it here too, never force it. */
	#controllerChanged(wasControlled: boolean): void {
		if (this.#accepted) window.location.reload();
		else if (wasControlled) this.updateReady = true;
	}

	/** Applies the waiting version: the caller has made sure the answers are written (or exported). */
	async applyUpdate(): Promise<void> {
		this.#accepted = true;
		// Already activated by another tab: nothing is waiting, so reloading is all there is to do.
		if (!this.#registration?.waiting) window.location.reload();
		else await this.#update?.(true);
	}

	dismiss(): void {
		this.updateReady = false;
	}
}
