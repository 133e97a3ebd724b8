/** The browser's install prompt event (Chromium); not in TypeScript's DOM library. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * "Install" appears only when the browser offers it (`beforeinstallprompt`) and never when the
 * app already runs standalone. The event fires early, so `start()` runs from the root layout.
 */
class InstallState {
  available = $state(false);
  standalone = $state(false);
  #event: BeforeInstallPromptEvent | undefined;
  #started = false;

  start(): void {
    if (this.#started) return;
    this.#started = true;
    const standalone = matchMedia('(display-mode: standalone)');
    this.standalone =
      standalone.matches || (navigator as { standalone?: boolean }).standalone === true;
    standalone.addEventListener('change', (event) => (this.standalone = event.matches));
    addEventListener('beforeinstallprompt', (event) => {
      // Keep the browser's own mini-infobar away; our button asks when she chooses.
      event.preventDefault();
      this.#event = event as BeforeInstallPromptEvent;
      this.available = true;
    });
    addEventListener('appinstalled', () => {
      this.#event = undefined;
      this.available = false;
    });
  }

  get canInstall(): boolean {
    return this.available && !this.standalone;
  }

  async install(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
    const event = this.#event;
    if (!event) return 'unavailable';
    await event.prompt();
    const choice = await event.userChoice;
    // A prompt event can be used once.
    this.#event = undefined;
    this.available = false;
    return choice.outcome;
  }
}

export const install = new InstallState();
