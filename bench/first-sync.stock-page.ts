/**
 * Bundled by bench/first-sync.bench.ts with esbuild and served on the app's own origin: stock
 * `PouchDB.replicate` with default options, for the comparison in the same browser.
 */
// Stock PouchDB is the baseline this benchmark compares with; the app itself goes through
// src/lib/data/pouch like everything else.
// eslint-disable-next-line no-restricted-imports
import PouchDB from 'pouchdb-browser';

declare global {
  interface Window {
    runStock(): Promise<number>;
  }
}

window.runStock = async () => {
  const remote = new PouchDB(`${location.origin}/db/catalog`, { skip_setup: true });
  const local = new PouchDB(`stock-${Date.now()}`);
  const started = performance.now();
  await PouchDB.replicate(remote, local);
  return performance.now() - started;
};
