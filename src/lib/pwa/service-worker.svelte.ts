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
			// The new version took control: reload only if this tab asked for it. When another tab
			// accepted, this one keeps its page and answers, and offers the reload instead.
			onNeedReload: () => {
				if (this.#accepted) window.location.reload();
				else this.updateReady = true;
			},
			onRegisteredSW: (_url, registration) => {
				this.#registration = registration;
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
		this.#accepted = true;
		// Already activated by another tab: nothing is waiting, so reloading is all there is to do.
		if (!this.#registration?.waiting) window.location.reload();
		else await this.#update?.(true);
	}

	dismiss(): void {
		this.updateReady = false;
	}
}
