// Preloaded into the embedded server's child by embedded-couch.per-request.test.ts (through
// NODE_OPTIONS=--import): appends one line to WORK_LOG for every fs.readdir / fs.lstat call
// and every LevelDB iterator opened, so the test can see how much work a request causes.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const log = process.env.WORK_LOG;
if (log) {
  const record = (line) => fs.appendFileSync(log, `${line}\n`);
  for (const name of ['readdir', 'lstat']) {
    const original = fs[name];
    fs[name] = function (target, ...rest) {
      record(`${name} ${String(target)}`);
      return original.call(this, target, ...rest);
    };
  }
  // The same module instance the child loads (one node_modules for the whole repository).
  const LevelDOWN = createRequire(import.meta.url)('leveldown');
  const iterator = LevelDOWN.prototype._iterator;
  LevelDOWN.prototype._iterator = function (...args) {
    record('iterator');
    return iterator.apply(this, args);
  };
}
