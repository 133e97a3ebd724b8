import { i18n } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';

// A static SPA: every route is prerendered as an empty shell and rendered in the browser,
// where the local replica lives. Public catalogue pages opt in to SSR in their own +page.ts,
// so their prerendered HTML paints Czech content before any script runs.
export const ssr = false;
export const prerender = true;

/**
 * Routes that render with the bundled Czech messages alone (messages/cs.ts): the prerendered
 * public pages, so their first paint and hydration wait for no message chunk.
 */
const BUNDLED_MESSAGES_ONLY = new Set(['/', '/pristupnost', '/o-planovani']);

export const load: LayoutLoad = async ({ route }) => {
  if (!BUNDLED_MESSAGES_ONLY.has(route.id ?? '')) await i18n.loadFeatureMessages();
};
