import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Hashes of the inline scripts in src/app.html (the first-visit catalogue request): Kit's hash
 * mode only hashes the scripts it writes itself.
 */
const appHtmlScripts = [
  ...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(
    /<script>([\s\S]*?)<\/script>/g,
  ),
].map(([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`);

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // SPA: every route is a prerendered shell (ssr = false in the root layout);
    // unknown paths get the fallback, which sync-server serves for any non-file path.
    adapter: adapter({ fallback: '200.html', strict: true, precompress: true }),
    serviceWorker: { register: false },
    alias: { $domain: 'src/lib/domain' },
    // The page's stylesheets (about 12 KB before compression) go into the HTML: on a mobile line
    // each render-blocking file cost a round trip before the first paint (Lighthouse).
    inlineStyleThreshold: 16_384,
    // Prerendered pages carry this as a <meta http-equiv>; sync-server copies it into the
    // response header. Hash mode: Kit hashes its own inline bootstrap script.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', ...appHtmlScripts],
        // Kit's route announcer and Svelte's style attributes are inline styles.
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'manifest-src': ['self'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'object-src': ['none'],
      },
    },
  },
};

export default config;
