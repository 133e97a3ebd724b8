import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // SPA: every route is a prerendered shell (ssr = false in the root layout);
    // unknown paths get the fallback, which sync-server serves for any non-file path.
    adapter: adapter({ fallback: '200.html', strict: true, precompress: true }),
    serviceWorker: { register: false },
    alias: { $domain: 'src/lib/domain' },
    // Prerendered pages carry this as a <meta http-equiv>; sync-server copies it into the
    // response header. Hash mode: Kit hashes its own inline bootstrap script.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
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
