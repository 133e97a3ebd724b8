import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';
import { CALENDAR_FEEDS_DB } from './databases';

/**
 * Calendar-feed tokens, stored only as SHA-256 hashes in the server-private `calendar-feeds`
 * database. Two documents per member, both written in one `_bulk_docs`:
 * - `user:<name>` holds the current hash: the one source of truth;
 * - `token:<hash>` finds the owner from a request's token with a single `GET`.
 * A token is valid only while both agree, so a rotation that half failed (new token written,
 * old index document not deleted) still never lets the old token in.
 */
export interface FeedUserDoc {
  _id: string;
  _rev?: string;
  type: 'calendar-feed-user';
  user: string;
  tokenHash: string;
  createdAt: string;
}

export interface FeedTokenDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type: 'calendar-feed-token';
  user: string;
}

const userDocId = (user: string) => `user:${user}`;
const tokenDocId = (hash: string) => `token:${hash}`;

async function getOrUndefined<T>(client: CouchClient, id: string): Promise<T | undefined> {
  try {
    return (await client.use(CALENDAR_FEEDS_DB).get(id)) as unknown as T;
  } catch (error) {
    if (couchStatus(error) === 404) return undefined;
    throw error;
  }
}

/** The user whose current token has this hash; undefined for unknown or rotated tokens. */
export async function findTokenOwner(
  client: CouchClient,
  tokenHash: string,
): Promise<string | undefined> {
  const index = await getOrUndefined<FeedTokenDoc>(client, tokenDocId(tokenHash));
  if (!index || index._deleted) return undefined;
  const current = await getOrUndefined<FeedUserDoc>(client, userDocId(index.user));
  return current?.tokenHash === tokenHash ? current.user : undefined;
}

/** Whether the user has a feed at all (the page shows "create" or "replace"). */
export async function readFeedUser(
  client: CouchClient,
  user: string,
): Promise<FeedUserDoc | undefined> {
  return getOrUndefined<FeedUserDoc>(client, userDocId(user));
}

/**
 * Makes `tokenHash` the user's only valid token: replaces the user's record and deletes the
 * previous token's index document. A concurrent rotation of the same user loses with 409;
 * the caller answers so and the person tries again.
 */
export async function replaceToken(
  client: CouchClient,
  user: string,
  tokenHash: string,
  now: Date,
): Promise<'ok' | 'conflict'> {
  const db = client.use(CALENDAR_FEEDS_DB);
  const previous = await readFeedUser(client, user);
  const docs: (FeedUserDoc | FeedTokenDoc)[] = [
    {
      _id: userDocId(user),
      ...(previous?._rev ? { _rev: previous._rev } : {}),
      type: 'calendar-feed-user',
      user,
      tokenHash,
      createdAt: now.toISOString(),
    },
    { _id: tokenDocId(tokenHash), type: 'calendar-feed-token', user },
  ];
  const results = await db.bulk({ docs });
  if (results.some((r) => r.error === 'conflict')) return 'conflict';
  const failed = results.find((r) => r.error);
  if (failed) throw new Error(`Storing a calendar token failed: ${failed.reason ?? failed.error}`);
  if (previous && previous.tokenHash !== tokenHash)
    await deleteTokenIndex(client, previous.tokenHash);
  return 'ok';
}

/** Best effort: a left-over index document is harmless (see findTokenOwner). */
async function deleteTokenIndex(client: CouchClient, tokenHash: string): Promise<void> {
  const old = await getOrUndefined<FeedTokenDoc>(client, tokenDocId(tokenHash));
  if (!old?._rev) return;
  try {
    await client.use(CALENDAR_FEEDS_DB).destroy(old._id, old._rev);
  } catch (error) {
    if (couchStatus(error) !== 404 && couchStatus(error) !== 409) throw error;
  }
}
