import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';
import { shellChunk } from './scripts/shell-chunk.js';

const THEME_COLOR = '#0b5e55';

const shell = shellChunk();

export default defineConfig({
  // ES module workers (they are started with type 'module') may load parts later: the catalogue
  // sync worker loads minisearch after the territory's seed (catalog-sync.search.ts).
  worker: { format: 'es' },
  build: {
    rolldownOptions: {
      // `npm start` should print little more than the server's one line; build timing advice is
      // noise on a 2-core machine.
      checks: { bundlerTimings: false },
      output: {
        // The Svelte and Kit runtime as one chunk instead of several small ones: every page needs
        // all of it, and over HTTP/1.1 (six connections, 562 ms a round trip on Slow 4G) each extra
        // file can cost a round. 22 → 18 files before first paint. A wider group (modules shared by
        // two chunks) merged lazily loaded code into the first paint: 145 KB instead of 53 KB.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]|\0(rolldown\/runtime|vite\/preload-helper)/,
              priority: 20,
            },
            {
              // The root layout's own state, services and components (and what both catalogue
              // pages share): every page loads them before it hydrates, but as modules shared
              // with lazily loaded routes they were twelve small files (four HTTP/1.1 rounds
              // before the app could start). Derived from the module graph: scripts/shell-chunk.js.
              name: 'shell',
              test: shell.test,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  plugins: [
    shell.plugin,
    sveltekit(),
    SvelteKitPWA({
      strategies: 'generateSW',
      // 'prompt': never reload on the user's behalf; UpdatePrompt.svelte offers the reload.
      registerType: 'prompt',
      injectRegister: false,
      // Absolute: Kit's relative base would register `./sw.js` from the current path, so a
      // first visit to a deep link (/sluzba/…) asked for /sluzba/sw.js and never went offline.
      base: '/',
      manifest: {
        name: 'Rozcestník',
        short_name: 'Rozcestník',
        description: 'Katalog sociálních služeb a komunitní plánování – funguje i bez připojení',
        lang: 'cs',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Kit 2 + this plugin: activate new workers at once; the page learns of it through
        // `controllerchange` (see UpdatePrompt.svelte).
        clientsClaim: true,
        skipWaiting: true,
        globPatterns: [
          'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest}',
          'prerendered/**/*.{html,json}',
        ],
        navigateFallback: '/200.html',
        // The CouchDB proxy must always reach the network; replication owns its own retries.
        navigateFallbackDenylist: [/^\/db\//],
        runtimeCaching: [],
      },
      // spa: precache the adapter's fallback page (written after the SW is generated).
      kit: { adapterFallback: '200.html', spa: true },
      devOptions: { enabled: false },
    }),
  ],
});
