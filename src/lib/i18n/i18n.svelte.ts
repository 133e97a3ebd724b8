import i18next from 'i18next';
import { cs } from './messages/cs';

export const LOCALES = ['cs', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'rozcestnik:locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The UI language. Czech (the default and the fallback for any missing English text) is bundled
 * (the prerendered pages' namespaces; the rest via loadFeatureMessages before other routes render)
 * and i18next is initialised synchronously with it, so the first paint is already translated
 * and works offline. English is a separate chunk loaded only when chosen, which keeps it off
 * the catalogue's critical path (bench:load); the service worker precaches it for offline use.
 * With a stored 'en' choice the first frame may be Czech until that chunk arrives (a brief
 * flash, accepted to keep first paint small).
 */
class I18nState {
  locale = $state<Locale>('cs');

  /** The last language asked for: a slower earlier request must not win over it. */
  #wanted: Locale = 'cs';
  #english: Promise<void> | undefined;
  #features: Promise<void> | undefined;

  constructor() {
    void i18next.init({
      lng: 'cs',
      fallbackLng: 'cs',
      supportedLngs: [...LOCALES],
      resources: { cs: { translation: cs } },
      initAsync: false,
      interpolation: { escapeValue: false }, // Svelte escapes what it renders
      returnNull: false,
    });
  }

  /** Translate `namespace.key`; reading `locale` makes every caller re-render on a switch. */
  t = (key: string, options?: Record<string, unknown>): string => {
    return i18next.t(key, { ...options, lng: this.locale }) as string;
  };

  /**
   * Loads the Czech messages of the pages that are not prerendered (messages/cs-features.ts).
   * The root layout awaits it before such a page renders: a text asked for earlier would show
   * its key and never re-render. The service worker precaches the chunk for offline use.
   */
  loadFeatureMessages(): Promise<void> {
    this.#features ??= import('./messages/cs-features').then(
      ({ csFeatures }) => {
        // Deep merge into the bundled Czech; English (when loaded) already holds every text.
        i18next.addResourceBundle('cs', 'translation', csFeatures, true, false);
      },
      (error: unknown) => {
        this.#features = undefined; // offline without the precache: the next navigation retries
        throw error;
      },
    );
    return this.#features;
  }

  /** Restores the stored choice (browser only). */
  restore(): void {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(stored) && stored !== this.locale) this.set(stored);
  }

  /**
   * Switches the language. The choice is stored at once; the UI switches when its messages
   * are present (at once for Czech, after the English chunk loads otherwise), because
   * rendering 'en' before that would show Czech fallbacks that never re-render.
   */
  set(locale: Locale): void {
    this.#wanted = locale;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage full or blocked: the choice then lasts for this page only.
    }
    this.#messagesFor(locale).then(
      () => {
        if (this.#wanted === locale) this.#apply(locale);
      },
      (error: unknown) => console.error('i18n: English messages could not be loaded', error),
    );
  }

  #messagesFor(locale: Locale): Promise<void> {
    if (locale === 'cs') return Promise.resolve();
    this.#english ??= import('./messages/en').then(
      ({ en }) => {
        i18next.addResourceBundle('en', 'translation', en, true, true);
      },
      (error: unknown) => {
        this.#english = undefined; // offline without the precache: the next click tries again
        throw error;
      },
    );
    return this.#english;
  }

  #apply(locale: Locale): void {
    this.locale = locale;
    void i18next.changeLanguage(locale);
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }
}

export const i18n = new I18nState();
export const t = i18n.t;
