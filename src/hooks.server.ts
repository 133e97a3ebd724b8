import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { readBootAssets } from '$lib/server/boot-assets';

// The app is static: this hook only runs while pages are prerendered (and in `vite dev`).
// The built files' names go into app.html's `rozcestnik-boot` meta for its inline script; in
// development there are none, and the app starts its workers itself.
let boot: string | undefined;

function bootContent(): string {
  if (!building) return '';
  boot ??= JSON.stringify(readBootAssets()).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return boot;
}

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%rozcestnik.boot%', bootContent()),
  });
