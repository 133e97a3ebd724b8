import { describe, expect, it } from 'vitest';
import { i18n, t } from '$lib/i18n/i18n.svelte';

describe('UI texts', () => {
  it('gives each text in the current language, including texts loaded later and after a switch', async () => {
    expect(t('home.heading')).toBe('home.heading'); // no engine yet: the key itself
    await i18n.ready();
    expect(t('home.heading')).toBe('Najděte pomoc, která vám sedí');
    expect(t('home.heading')).toBe('Najděte pomoc, která vám sedí'); // asked again (cached)

    // A feature text asked for before its messages loaded must not stick as its key.
    expect(t('report.open')).toBe('report.open');
    await i18n.loadFeatureMessages();
    expect(t('report.open')).toBe('Nahlásit chybu v údajích');

    await i18n.set('en');
    expect(t('home.heading')).toBe('Find the help that fits');
    expect(t('auth.logoutPending', { count: 1 })).toBe('There is 1 unsent change on this device.');
    await i18n.set('cs');
    expect(t('home.heading')).toBe('Najděte pomoc, která vám sedí');
  });
});
