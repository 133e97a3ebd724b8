import i18next, { type i18n as I18next } from 'i18next';
import { cs } from './messages/cs';

/**
 * i18next with the bundled Czech messages, initialised synchronously once this module loads.
 * A chunk of its own: the root layout's `load` imports it before anything renders, so on the
 * prerendered pages it hydrates the HTML instead of delaying the first paint (bench:load).
 */
export function createEngine(): I18next {
  void i18next.init({
    lng: 'cs',
    fallbackLng: 'cs',
    supportedLngs: ['cs', 'en'],
    resources: { cs: { translation: cs } },
    initAsync: false,
    interpolation: { escapeValue: false }, // Svelte escapes what it renders
    returnNull: false,
  });
  return i18next;
}
