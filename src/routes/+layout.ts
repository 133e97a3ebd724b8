import { browser } from '$app/environment';
import { i18n } from '$lib/i18n/i18n.svelte';
import { catalog } from '$lib/state/catalog.svelte';
import { search } from '$lib/state/search.svelte';
import { nextTask } from '$lib/state/sync-after-paint';
import type { LayoutLoad } from './$types';

// A static SPA: every route is prerendered as an empty shell and rendered in the browser,
// where the local replica lives. Public catalogue pages opt in to SSR in their own +page.ts,
// so their prerendered HTML paints Czech content before any script runs.
export const ssr = false;
export const prerender = true;

/** Routes that render with the bundled Czech messages alone (messages/cs.ts). */
const BUNDLED_MESSAGES_ONLY = new Set(['/', '/pristupnost', '/o-planovani']);

/**
 * i18next is not in the pages' preloaded scripts: it loads here, before anything renders (on a
 * prerendered page: before hydration, after the HTML has painted), with the stored language.
 */
export const load: LayoutLoad = async ({ route }) => {
  // The workers' scripts (catalogue sync, search) need no i18n: requested now, they load while
  // i18n does, a round trip before hydration would ask for them (bench:first-sync's timeline).
  // They do nothing until the layout starts them.
  if (browser) {
    catalog.prepare();
    search.prepare();
  }
  await i18n.restore();
  if (!BUNDLED_MESSAGES_ONLY.has(route.id ?? '')) await i18n.loadFeatureMessages();
  // Hydration in a task of its own: after i18next's set-up in the same task it was the page's
  // longest (bench:load).
  if (browser) await nextTask();
};
