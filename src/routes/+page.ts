import { i18n } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

// A public page: prerendered with its Czech content, so the first paint needs no script
// (the root layout keeps every other route a client-rendered shell).
export const ssr = true;

// The root layout's load never runs on the server (Kit drops it there, as that layout is not
// server-rendered), so a prerendered page readies its messages itself; in the browser this is
// the same promise the layout awaits.
export const load: PageLoad = () => i18n.restore();
