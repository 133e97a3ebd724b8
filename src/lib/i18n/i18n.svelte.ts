import type { i18n as I18next } from 'i18next';

export const LOCALES = ['cs', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'rozcestnik:locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The UI language. i18next and the bundled Czech messages (the default, and the fallback for any
 * missing English text) are one chunk (./i18n-engine.ts) that the root layout's `load` awaits
 * through `ready()` before anything renders; the Czech messages of the pages that are not
 * prerendered follow through loadFeatureMessages. On the prerendered pages the HTML already holds
 * the Czech texts, so the first paint waits for none of this and hydration finds it at hand.
 * English is a separate chunk loaded only when chosen (or stored: `restore()` awaits it, so a
 * client-rendered page never shows Czech first; a prerendered page switches on hydration). The
 * service worker precaches every chunk for offline use.
 */
class I18nState {
  locale = $state<Locale>('cs');

  /** The last language asked for: a slower earlier request must not win over it. */
  #wanted: Locale = 'cs';
  #engine: I18next | undefined;
  #ready: Promise<I18next> | undefined;
  #english: Promise<void> | undefined;
  #features: Promise<void> | undefined;

  /**
   * Translate `namespace.key`; reading `locale` makes every caller re-render on a switch.
   * Before `ready()` settles there is no engine and the key itself is returned (the layout
   * awaits it first, so only a failure to load the chunk can show keys).
   */
  t = (key: string, options?: Record<string, unknown>): string => {
    const locale = this.locale;
    if (!this.#engine) return key;
    if (options) return this.#engine.t(key, { ...options, lng: locale }) as string;
    // Most texts take no options and every render asks again: i18next's lookup once per
    // language (hydration of a page was its slowest part on a 4× slower phone, bench:load).
    const cached = this.#plain.get(locale)?.get(key);
    if (cached !== undefined) return cached;
    const text = this.#engine.t(key, { lng: locale }) as string;
    let texts = this.#plain.get(locale);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache: `locale` is the signal
    if (!texts) this.#plain.set(locale, (texts = new Map()));
    texts.set(key, text);
    return text;
  };

  /** Texts without options by language; emptied whenever messages are added. */
  #plain = new Map<Locale, Map<string, string>>();

  /** Loads and initialises i18next with the bundled Czech messages (once). */
  ready(): Promise<I18next> {
    this.#ready ??= import('./i18n-engine').then(
      ({ createEngine }) => (this.#engine = createEngine()),
      (error: unknown) => {
        this.#ready = undefined; // offline without the precache: the next navigation retries
        throw error;
      },
    );
    return this.#ready;
  }

  /**
   * Loads the Czech messages of the pages that are not prerendered (messages/cs-features.ts).
   * The root layout awaits it before such a page renders: a text asked for earlier would show
   * its key and never re-render. The service worker precaches the chunk for offline use.
   */
  loadFeatureMessages(): Promise<void> {
    this.#features ??= Promise.all([this.ready(), import('./messages/cs-features')]).then(
      ([engine, { csFeatures }]) => {
        // Deep merge into the bundled Czech; English (when loaded) already holds every text.
        engine.addResourceBundle('cs', 'translation', csFeatures, true, false);
        this.#plain.clear();
      },
      (error: unknown) => {
        this.#features = undefined; // offline without the precache: the next navigation retries
        throw error;
      },
    );
    return this.#features;
  }

  /**
   * Restores the stored choice (browser only); settles when its messages are applied, so the
   * root layout can await it and render in that language from the start.
   */
  async restore(): Promise<void> {
    await this.ready();
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(stored) && stored !== this.locale) await this.set(stored);
  }

  /**
   * Switches the language. The choice is stored at once; the UI switches when its messages
   * are present (at once for Czech, after the English chunk loads otherwise), because
   * rendering 'en' before that would show Czech fallbacks that never re-render.
   */
  set(locale: Locale): Promise<void> {
    this.#wanted = locale;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage full or blocked: the choice then lasts for this page only.
    }
    return this.#messagesFor(locale).then(
      (engine) => {
        if (this.#wanted === locale) this.#apply(engine, locale);
      },
      (error: unknown) => console.error('i18n: English messages could not be loaded', error),
    );
  }

  async #messagesFor(locale: Locale): Promise<I18next> {
    const engine = await this.ready();
    if (locale === 'cs') return engine;
    this.#english ??= import('./messages/en').then(
      ({ en }) => {
        engine.addResourceBundle('en', 'translation', en, true, true);
        this.#plain.clear();
      },
      (error: unknown) => {
        this.#english = undefined; // offline without the precache: the next click tries again
        throw error;
      },
    );
    await this.#english;
    return engine;
  }

  #apply(engine: I18next, locale: Locale): void {
    this.locale = locale;
    void engine.changeLanguage(locale);
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }
}

export const i18n = new I18nState();
export const t = i18n.t;
