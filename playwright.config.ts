import { defineConfig, devices } from '@playwright/test';
import { E2E_ADMIN, E2E_BUILD_DIR, E2E_ORIGIN, E2E_PORT } from './tests/e2e/e2e.env';

export { E2E_ADMIN };

// Debian's chromium, never Playwright's own download (it cannot be fetched here).
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 60_000,
  use: {
    baseURL: E2E_ORIGIN,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'mobile', use: { ...devices['Pixel 7'], launchOptions } },
  ],
  webServer: {
    // The real server with the embedded CouchDB-compatible server, a fresh data dir and a
    // private copy of build/ (see start-server.mjs).
    command: 'node tests/e2e/start-server.mjs',
    url: `${E2E_ORIGIN}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(E2E_PORT),
      COUCHDB_USER: E2E_ADMIN.user,
      COUCHDB_PASSWORD: E2E_ADMIN.password,
      E2E_BUILD_DIR,
    },
  },
});
