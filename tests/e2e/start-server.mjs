// Starts the real sync-server for Playwright: fresh DATA_DIR and a private copy of build/
// (BUILD_DIR), both removed on exit. Env (PORT, COUCHDB_USER, …) comes from playwright.config.ts.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const build = path.join(root, 'build');
if (!existsSync(path.join(build, '200.html'))) {
  console.error('build/ is missing: run `npm run build` before the e2e tests.');
  process.exit(1);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rozcestnik-e2e-data-'));
const buildDir =
  process.env.E2E_BUILD_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'rozcestnik-e2e-build-'));
rmSync(buildDir, { recursive: true, force: true });
cpSync(build, buildDir, { recursive: true });

const server = spawn(path.join(root, 'node_modules/.bin/tsx'), ['sync-server/src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DATA_DIR: dataDir, BUILD_DIR: buildDir },
});

function cleanUp() {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});
