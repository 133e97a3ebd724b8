/**
 * Live replication options of a member replica, shared by the app (member.replica.ts) and
 * bench:sync (pouchdb-node members), so the benchmark measures the app's own sync. Plain data:
 * no PouchDB import, so Node code can use it.
 */

/** Retry with backoff: 1 s doubling to 60 s, so a town hall's flaky Wi-Fi is not hammered. */
export function backOff(delay: number): number {
  return delay === 0 ? 1000 : Math.min(delay * 2, 60_000);
}

/** Push: local replica → server. Checkpoints on both sides (PouchDB's default), see below. */
export const LIVE_PUSH_OPTIONS = {
  live: true,
  retry: true,
  back_off_function: backOff,
} as const;

/**
 * Pull: server → local replica, with the checkpoint kept on the local replica only.
 *
 * Replication quirk: by default PouchDB checkpoints on BOTH sides after every batch, and the
 * source-side checkpoint of a pull is a `_local` document on the server — a GET and a PUT of
 * `_local/<replication id>` per batch. In a live pull a batch is usually one change, so each
 * change another member saves cost every member ~4 requests (`_changes`, `_bulk_get`, GET and
 * PUT `_local`) instead of 2, and the server wrote a `_local` doc per member per change.
 * `checkpoint: 'target'` writes and reads only the local checkpoint (PouchDB then never asks
 * the server for its copy). That is safe here because:
 *  - resume after offline or a reload reads the local checkpoint, whose id does not depend on
 *    this option (the replication id hashes source, target and filter only), so a replica
 *    upgraded from the default keeps its place;
 *  - CouchDB 3 treats `_local` docs as ordinary client data; the server never needs them;
 *  - the only thing given up is PouchDB's cross-check of the two checkpoints, which restarts
 *    from 0 when a server database was deleted and recreated. Group and plan databases are
 *    never recreated while members hold replicas; after restoring one from a backup, members
 *    must sign out without keeping local data (which deletes their replicas) and sign in.
 * The push keeps the default: a push checkpoint held only locally would, after such a restore,
 * never resend documents the server lost, and a push runs once per own save, not per member.
 */
export const LIVE_PULL_OPTIONS = {
  live: true,
  retry: true,
  back_off_function: backOff,
  checkpoint: 'target',
} as const;
