import os from 'node:os';
import path from 'node:path';

/** Settings shared by playwright.config.ts, start-server.mjs (via env) and the specs. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 5391);
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_ADMIN = { user: 'e2e-admin', password: 'e2e-admin-password' };
/** A private copy of build/ that the server serves, so a spec can "deploy" a new version. */
export const E2E_BUILD_DIR = path.join(os.tmpdir(), `rozcestnik-e2e-build-${E2E_PORT}`);
