import i18next from 'i18next';
import { cs } from './messages/cs';
import { en } from './messages/en';

export const LOCALES = ['cs', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'rozcestnik:locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The UI language. Messages are bundled (both languages are small) and i18next is initialised
 * synchronously, so the first paint is already translated and works offline. Czech is the
 * default and the fallback for any missing English text.
 */
class I18nState {
  locale = $state<Locale>('cs');

  constructor() {
    void i18next.init({
      lng: 'cs',
      fallbackLng: 'cs',
      supportedLngs: [...LOCALES],
      resources: { cs: { translation: cs }, en: { translation: en } },
      initAsync: false,
      interpolation: { escapeValue: false }, // Svelte escapes what it renders
      returnNull: false,
    });
  }

  /** Translate `namespace.key`; reading `locale` makes every caller re-render on a switch. */
  t = (key: string, options?: Record<string, unknown>): string => {
    return i18next.t(key, { ...options, lng: this.locale }) as string;
  };

  /** Restores the stored choice (browser only). */
  restore(): void {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(stored)) this.set(stored);
  }

  set(locale: Locale): void {
    this.locale = locale;
    void i18next.changeLanguage(locale);
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }
}

export const i18n = new I18nState();
export const t = i18n.t;
