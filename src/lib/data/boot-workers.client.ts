import type { PageEarlyRequests } from './catalog-sync.client';

/** A worker app.html's inline script started, with what it said before the app took over. */
export interface BootedWorker {
  worker: Worker;
  /** The messages it posted so far, in order (the inline script keeps them until replaced). */
  messages: unknown[];
  /** Its script failed to load or run before the app took it over. */
  failed: boolean;
}

/**
 * What src/app.html's inline script started while the page was parsed and first painted:
 * early snapshot requests, and (in a build) the two workers, the sync one already sent 'start'
 * and handed the early responses.
 */
export interface InlineEarly extends PageEarlyRequests {
  /** Starts the after-paint part now if it has not run (hidden tabs paint no frames). */
  start?: () => void;
  sync?: BootedWorker;
  search?: BootedWorker;
}

/** The inline script's object, with its after-paint part run; undefined without it. */
export function inlineEarly(): InlineEarly | undefined {
  const early = (globalThis as { rozcestnikEarly?: InlineEarly }).rozcestnikEarly;
  early?.start?.();
  return early;
}
