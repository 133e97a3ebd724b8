import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const alias = {
  $lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
  $domain: fileURLToPath(new URL('./src/lib/domain', import.meta.url)),
};

// Unit tests mirror source paths under tests/unit and run in Node with no server.
// Integration tests start a real sync-server (embedded CouchDB-compatible server, or
// Apache CouchDB when COUCHDB_URL is set) and talk to it over HTTP.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // Compiles runes in *.svelte.ts state modules (no components are rendered here).
        plugins: [svelte()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          // Drops the ORP databases a file created on a shared Apache CouchDB.
          setupFiles: ['tests/integration/support/cleanup.setup.ts'],
          testTimeout: 60_000,
          // Set-up starts sync-server and runs several CLI processes: slow on a busy 2-core machine.
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
