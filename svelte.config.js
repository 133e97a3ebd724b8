import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // SPA: every route is a prerendered shell (ssr = false in the root layout);
    // unknown paths get the fallback, which sync-server serves for any non-file path.
    adapter: adapter({ fallback: '200.html', strict: true }),
    serviceWorker: { register: false },
    alias: { $domain: 'src/lib/domain' },
  },
};

export default config;
