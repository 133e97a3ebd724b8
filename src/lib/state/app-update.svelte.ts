import { registerSW } from 'virtual:pwa-register';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Knows when a newer app version is running behind this page. The worker is built with
 * skipWaiting + clientsClaim, so it never waits for us: a `controllerchange` on a page that
 * already had a controller is the signal. The page itself is never reloaded for the user.
 */
class AppUpdateState {
  available = $state(false);
  #started = false;

  start(): void {
    if (this.#started || !('serviceWorker' in navigator)) return;
    this.#started = true;
    const sw = navigator.serviceWorker;
    let controlled = sw.controller !== null;
    sw.addEventListener('controllerchange', () => {
      // The first claim of an uncontrolled page is just installation, not an update.
      if (controlled) this.available = true;
      controlled = true;
    });
    registerSW({
      immediate: true,
      onNeedRefresh: () => (this.available = true),
      // Without this the plugin reloads the page itself when the new worker takes control.
      onNeedReload: () => (this.available = true),
      onRegisteredSW: (_url, registration) => {
        if (!registration) return;
        const check = () => {
          if (navigator.onLine) registration.update().catch(() => {});
        };
        setInterval(check, UPDATE_CHECK_MS);
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') check();
        });
      },
    });
  }

  reload(): void {
    location.reload();
  }

  dismiss(): void {
    this.available = false;
  }
}

export const appUpdate = new AppUpdateState();
