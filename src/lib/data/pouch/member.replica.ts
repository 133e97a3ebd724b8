import PouchDB from 'pouchdb-browser';
import { PulledRevisions } from './pending-changes';
import { LIVE_PULL_OPTIONS, LIVE_PUSH_OPTIONS } from './replica-options';

/**
 * Local replicas of the member databases a user's roles grant — working groups
 * (`orp-<orp>-group-<group>`) and ORP plans (`orp-<orp>-plan`) — and their two-way sync with
 * the server through the same-origin `/db` proxy (AuthSession cookie). Both kinds sync, count
 * pending changes and report status the same way; only validation and the read model differ.
 *
 * Replication quirks this module handles:
 *  - `skip_setup: true`: a member must never try to create the remote database (and the
 *    embedded server crashes on a non-admin PUT /<db>).
 *  - "N changes waiting": PouchDB exposes no count of unpushed changes. We keep the local
 *    sequence that is known to be on the server in `_local/rozcestnik-pushed` (`_local` docs
 *    never replicate) and count local changes after it. It advances when the live sync pauses
 *    with no error (both directions caught up) or a one-off sync completes. Changes that came
 *    in by pull may count briefly until the next pause; that errs on the side of "waiting".
 *  - A 401/403 from the server (the session expired) is reported as `unauthorized`: the live
 *    sync stops, local edits stay in the replica, and the caller asks the person to sign in.
 *  - Local databases are named per user, so two people sharing a phone never see each
 *    other's group or plan data.
 */
export type MemberSyncEvent =
  | { kind: 'active' }
  | { kind: 'paused'; error?: string }
  | { kind: 'denied'; error: string }
  | { kind: 'error'; error: string }
  | { kind: 'unauthorized' }
  | { kind: 'pending'; count: number };

type Db = PouchDB.Database<Record<string, unknown>>;

const PUSHED_DOC = '_local/rozcestnik-pushed';
const replicas = new Map<string, Db>();
let owner: string | undefined;

export function localStoreName(user: string, database: string): string {
  return `rozcestnik-u-${encodeURIComponent(user)}-${database}`;
}

/** Opens (once) the local replica of `database` for the signed-in `user`. */
export function openMemberReplica(user: string, database: string): Db {
  if (owner !== user) {
    for (const db of replicas.values()) void db.close();
    replicas.clear();
    owner = user;
  }
  let db = replicas.get(database);
  if (!db) {
    db = new PouchDB<Record<string, unknown>>(localStoreName(user, database));
    replicas.set(database, db);
  }
  return db;
}

/** The open replica of `database`; throws when sign-in has not opened it. */
export function memberReplica(database: string): Db {
  const db = replicas.get(database);
  if (!db) throw new Error(`Member database ${database} is not open`);
  return db;
}

export function describeError(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { status?: number; message?: string; reason?: string; name?: string };
    return e.reason ?? e.message ?? e.name ?? String(error);
  }
  return String(error);
}

function statusOf(error: unknown): number | undefined {
  return error && typeof error === 'object' ? (error as { status?: number }).status : undefined;
}

function remoteOf(database: string): Db {
  return new PouchDB<Record<string, unknown>>(`${location.origin}/db/${database}`, {
    skip_setup: true,
  });
}

async function pushedSeq(db: Db): Promise<string | number> {
  try {
    const doc = (await db.get(PUSHED_DOC)) as unknown as { seq: string | number };
    return doc.seq;
  } catch {
    return 0;
  }
}

async function markPushed(db: Db, seq: string | number): Promise<void> {
  let rev: string | undefined;
  try {
    rev = (await db.get(PUSHED_DOC))._rev;
  } catch {
    rev = undefined;
  }
  await db.put({ _id: PUSHED_DOC, ...(rev ? { _rev: rev } : {}), seq });
}

/** Local changes (documents) not yet known to be on the server. */
export async function countPending(db: Db): Promise<number> {
  const since = await pushedSeq(db);
  const changes = await db.changes({ since, limit: 10_000, style: 'all_docs' });
  return pulled.unsent(db.name, changes.results).length;
}

const pulled = new PulledRevisions();

function isUnauthorized(error: unknown): boolean {
  const status = statusOf(error);
  return status === 401 || status === 403;
}

/**
 * Starts live two-way sync of one member database. Returns a stop function. Events are plain
 * data; no PouchDB types leave this module.
 */
export function startMemberSync(
  database: string,
  onEvent: (event: MemberSyncEvent) => void,
): () => void {
  const db = memberReplica(database);
  const remote = remoteOf(database);
  let stopped = false;
  const reportPending = () =>
    countPending(db).then(
      (count) => !stopped && onEvent({ kind: 'pending', count }),
      () => undefined,
    );
  const local = db.changes({ since: 'now', live: true }).on('change', () => void reportPending());
  // Push and pull run as two replications, not one `sync`: a sync emits 'paused' when both
  // directions pause and passes on only the last one's error, so an idle pull could hide a
  // failed push and we would call unsent changes "sent". Each direction reports on its own.
  // The pull keeps its checkpoint locally only (replica-options.ts explains why).
  const push = db.replicate.to(remote, LIVE_PUSH_OPTIONS);
  const pull = db.replicate.from(remote, LIVE_PULL_OPTIONS);
  void pull.on('change', (info) => {
    pulled.note(db.name, info.docs);
    // The local feed's own recount may have run before this: count again without them.
    void reportPending();
  });
  let pushIdle = false;
  let pullIdle = false;
  const onPaused = (direction: 'push' | 'pull', error: unknown) => {
    if (error) {
      if (direction === 'push') pushIdle = false;
      else pullIdle = false;
      // With `retry`, an expired session surfaces here (paused with a 401), not as 'error'.
      onEvent(
        isUnauthorized(error)
          ? { kind: 'unauthorized' }
          : { kind: 'paused', error: describeError(error) },
      );
      return;
    }
    if (direction === 'pull') {
      pullIdle = true;
      if (pushIdle) onEvent({ kind: 'paused' });
      return;
    }
    // The push caught up with no error: every local change so far is on the server.
    void db
      .info()
      .then((info) => markPushed(db, info.update_seq))
      .then(reportPending)
      .then(() => {
        pushIdle = true;
        if (pullIdle && !stopped) onEvent({ kind: 'paused' });
      });
  };
  for (const [direction, replication] of [
    ['push', push],
    ['pull', pull],
  ] as const) {
    void replication
      .on('active', () => {
        if (direction === 'push') pushIdle = false;
        else pullIdle = false;
        onEvent({ kind: 'active' });
      })
      .on('paused', (error: unknown) => onPaused(direction, error))
      .on('denied', (error: unknown) => onEvent({ kind: 'denied', error: describeError(error) }))
      .on('error', (error: unknown) => {
        onEvent(
          isUnauthorized(error)
            ? { kind: 'unauthorized' }
            : { kind: 'error', error: describeError(error) },
        );
      });
  }
  void reportPending();
  return () => {
    stopped = true;
    local.cancel();
    push.cancel();
    pull.cancel();
    void remote.close();
  };
}

export interface SyncNowResult {
  ok: boolean;
  unauthorized?: boolean;
  error?: string;
}

/**
 * One push and one pull to completion. Success only when both finished without errors and
 * the server accepted every document (a rejected write is a `docs_write_failures`, not an
 * exception, so it is checked explicitly).
 */
export async function syncMemberOnce(database: string): Promise<SyncNowResult> {
  const db = memberReplica(database);
  const remote = remoteOf(database);
  try {
    const before = (await db.info()).update_seq;
    const push = await db.replicate.to(remote);
    if (push.doc_write_failures > 0 || push.errors.length > 0) {
      return { ok: false, error: describeError(push.errors[0]) };
    }
    await markPushed(db, before);
    const pulling = db.replicate.from(remote);
    void pulling.on('change', (info) => pulled.note(db.name, info.docs));
    const pull = await pulling;
    if (pull.errors.length > 0) return { ok: false, error: describeError(pull.errors[0]) };
    return { ok: true };
  } catch (error) {
    return isUnauthorized(error)
      ? { ok: false, unauthorized: true, error: describeError(error) }
      : { ok: false, error: describeError(error) };
  } finally {
    void remote.close();
  }
}

/** Closes every replica (sign-out). With `destroy`, the local copies are deleted too. */
export async function closeMemberReplicas(destroy: boolean): Promise<void> {
  const dbs = [...replicas.values()];
  replicas.clear();
  owner = undefined;
  for (const db of dbs) pulled.forget(db.name);
  await Promise.all(dbs.map((db) => (destroy ? db.destroy() : db.close())));
}

export async function pendingOf(database: string): Promise<number> {
  return countPending(memberReplica(database));
}

export interface MemberChange {
  id: string;
  deleted: boolean;
  doc?: Record<string, unknown> & { _conflicts?: string[] };
}

/** One page of the local changes feed with winning docs and their `_conflicts`. */
export async function readMemberChanges(
  database: string,
  since: string | number,
  limit: number,
): Promise<{ changes: MemberChange[]; lastSeq: string | number }> {
  const result = await memberReplica(database).changes({
    since,
    limit,
    include_docs: true,
    conflicts: true,
  });
  return {
    changes: result.results.map((c) => ({
      id: c.id,
      deleted: !!c.deleted,
      doc: c.doc as MemberChange['doc'],
    })),
    lastSeq: result.last_seq,
  };
}

/** Calls `onChange` after each local change (from the app or from replication). */
export function onMemberChange(database: string, onChange: () => void): () => void {
  const feed = memberReplica(database).changes({ since: 'now', live: true }).on('change', onChange);
  return () => feed.cancel();
}
