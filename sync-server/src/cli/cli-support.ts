import cliProgress from 'cli-progress';
import { loadSettings } from '../config/settings';
import { describeFault, StartupError } from '../config/startup-error';
import type { CouchClient } from '../couch/couch-client';
import { connectToCouch } from '../services/couch-runtime.service';
import { ImportError } from '../import/import-error';

/**
 * Shared plumbing of the command-line tools: the same settings as `npm start` (DATA_DIR, or
 * COUCHDB_URL and credentials), one clear sentence on failure, exit code 1.
 */
export async function connectCatalog(): Promise<CouchClient> {
  return (await connectToCouch(loadSettings())).client;
}

export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof ImportError) {
        process.stderr.write(`${error.message}\n`);
        for (const line of error.details) process.stderr.write(`  - ${line}\n`);
      } else if (error instanceof StartupError) {
        process.stderr.write(`${error.message}\n`);
      } else {
        process.stderr.write(`${describeFault(error)}\n`);
      }
      process.exit(1);
    },
  );
}

/** A progress bar on stderr, only for people watching a terminal (never in CI logs). */
export function createProgress(
  label: string,
  /** 'kB' reads byte counts; 'docs' shows counts as they are. */
  unit: 'kB' | 'docs' = 'kB',
): {
  update(done: number, total: number): void;
  stop(): void;
} {
  if (!process.stderr.isTTY || process.env.CI)
    return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage} % | {value}/{total} ${unit}`,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      const kb = (n: number) => (unit === 'kB' ? Math.ceil(n / 1024) : n);
      if (!started) {
        bar.start(kb(total), 0);
        started = true;
      }
      bar.update(kb(done));
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export class UsageError extends ImportError {}
