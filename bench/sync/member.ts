/**
 * One simulated member for bench:sync: a pouchdb-node replica (LevelDB in a temp directory)
 * syncing live both ways with a group database through sync-server's same-origin `/db` proxy,
 * signed in with its own CouchDB session cookie, as the browser app is
 * (src/lib/data/pouch/member.replica.ts: two live replications with the app's own options,
 * imported from replica-options.ts).
 *
 * Each replica gets its own fetch that sends its own cookie: pouchdb-node's default fetch keeps
 * one cookie jar for the whole process, which would mix 200 members' sessions.
 */
import path from 'node:path';
// The simulated members are stock pouchdb-node replicas; the app's own replica module is
// browser code (pouchdb-browser, IndexedDB) and cannot run here.
// eslint-disable-next-line no-restricted-imports
import PouchDB from 'pouchdb-node';
import type { AnyDoc } from '../../src/lib/domain/validation/validation.types';
import { validateGroupUpdate } from '../../src/lib/domain/groups/group.validation';
import { groupRole, parseDbName } from '../../src/lib/domain/roles';
import { LIVE_PULL_OPTIONS, LIVE_PUSH_OPTIONS } from '../../src/lib/data/pouch/replica-options';

type Db = PouchDB.Database<Record<string, unknown>>;

/** The revision number of a `N-hash` revision. */
export function generation(rev: string): number {
  return Number.parseInt(rev, 10);
}

export interface Arrival {
  member: number;
  id: string;
  generation: number;
  at: number;
}

export async function signIn(baseUrl: string, name: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/db/_session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  if (!response.ok) throw new Error(`Sign-in of ${name} answered ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie) throw new Error(`Sign-in of ${name} set no cookie`);
  return cookie;
}

/** Requests the replicas sent, by kind ("GET _changes longpoll", "PUT _local", …). */
export const requestCounts = new Map<string, number>();

function countRequest(method: string, url: URL): void {
  const parts = url.pathname.split('/').filter(Boolean).slice(1); // drop "db"
  const endpoint =
    parts.length === 0 ? 'server' : parts.length === 1 ? 'db info' : (parts[1] ?? '');
  const kind = endpoint.startsWith('_') ? endpoint : parts.length > 1 ? 'doc' : endpoint;
  const feed = url.searchParams.get('feed');
  const key = `${method} ${kind}${feed ? ` ${feed}` : ''}`;
  requestCounts.set(key, (requestCounts.get(key) ?? 0) + 1);
}

/** A fetch for PouchDB's http adapter that sends this member's cookie and keeps it fresh. */
function sessionFetch(session: { cookie: string }) {
  return async (url: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('Cookie', session.cookie);
    countRequest(init.method ?? 'GET', new URL(String(url)));
    const response = await fetch(url, { ...init, headers });
    const renewed = response.headers.get('set-cookie')?.split(';')[0];
    if (renewed?.startsWith('AuthSession=') && renewed !== 'AuthSession=') session.cookie = renewed;
    return response;
  };
}

export function remoteDb(baseUrl: string, database: string, cookie: string): Db {
  return new PouchDB<Record<string, unknown>>(`${baseUrl}/db/${database}`, {
    skip_setup: true,
    fetch: sessionFetch({ cookie }),
  } as PouchDB.Configuration.RemoteDatabaseConfiguration);
}

export function localDb(dir: string, name: string): Db {
  return new PouchDB<Record<string, unknown>>(path.join(dir, name));
}

export class Member {
  readonly db: Db;
  private readonly remote: Db;
  private replications: PouchDB.Replication.Replication<Record<string, unknown>>[] = [];
  private feed: PouchDB.Core.Changes<Record<string, unknown>> | undefined;
  /** Errors reported by either replication (each counted once). */
  errors: string[] = [];

  constructor(
    readonly index: number,
    readonly name: string,
    private readonly database: string,
    dir: string,
    baseUrl: string,
    cookie: string,
  ) {
    this.db = localDb(dir, `member-${index}`);
    this.remote = remoteDb(baseUrl, database, cookie);
  }

  /**
   * Starts live push and pull and resolves once the pull has caught up the first time; then
   * every change that reaches this replica is reported to `onArrival`.
   */
  start(onArrival: (arrival: Arrival) => void): Promise<void> {
    const push = this.db.replicate.to(this.remote, LIVE_PUSH_OPTIONS);
    const pull = this.db.replicate.from(this.remote, LIVE_PULL_OPTIONS);
    this.replications = [push, pull];
    for (const [direction, replication] of [
      ['push', push],
      ['pull', pull],
    ] as const) {
      // With `retry`, a failed request surfaces as 'paused' with an error, then retries.
      void replication
        .on('denied', (error: unknown) =>
          this.errors.push(`${direction} denied: ${describe(error)}`),
        )
        .on('error', (error: unknown) => this.errors.push(`${direction} error: ${describe(error)}`))
        .on('paused', (error) => {
          if (error) this.errors.push(`${direction} paused: ${describe(error)}`);
        });
    }
    this.feed = this.db
      .changes({ since: 'now', live: true, style: 'all_docs' })
      .on('change', (change) => {
        const at = performance.now();
        const gen = Math.max(...change.changes.map((c) => generation(c.rev)));
        onArrival({ member: this.index, id: change.id, generation: gen, at });
      });
    return new Promise((resolve, reject) => {
      void pull.once('paused', (error: unknown) =>
        error ? reject(new Error(describe(error))) : resolve(),
      );
      void pull.once('error', (error: unknown) => reject(new Error(describe(error))));
    });
  }

  /** Validates like the app does before a save, then writes to the local replica. */
  async save(doc: AnyDoc, previous: AnyDoc | null): Promise<{ rev: string; at: number }> {
    const parsed = parseDbName(this.database);
    const roles = parsed?.kind === 'group' ? [groupRole(parsed.orp, parsed.group)] : [];
    const verdict = validateGroupUpdate(doc, previous, {
      name: this.name,
      roles,
      db: this.database,
    });
    if (!verdict.ok) throw new Error(`Invalid ${doc._id}: ${verdict.reason.en}`);
    const at = performance.now();
    const result = await this.db.put(doc);
    return { rev: result.rev, at };
  }

  async stop(): Promise<void> {
    this.feed?.cancel();
    for (const replication of this.replications) replication.cancel();
    await this.db.close();
    await this.remote.close();
  }
}

export function describe(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { status?: number; message?: string; reason?: string; name?: string };
    return `${e.status ?? ''} ${e.reason ?? e.message ?? e.name ?? ''}`.trim();
  }
  return String(error);
}
