// Preloaded into the embedded server's child by embedded-couch.per-request.test.ts (through
// NODE_OPTIONS=--import): appends one line to FS_WALK_LOG for every fs.readdir / fs.lstat
// call, so the test can see whether answering a request walks the data directory.
import fs from 'node:fs';

const log = process.env.FS_WALK_LOG;
if (log) {
  for (const name of ['readdir', 'lstat']) {
    const original = fs[name];
    fs[name] = function (target, ...rest) {
      fs.appendFileSync(log, `${name} ${String(target)}\n`);
      return original.call(this, target, ...rest);
    };
  }
}
