import { createHash, randomBytes } from 'node:crypto';
import { createEvents } from 'ics';
import type { CouchClient } from '../couch/couch-client';
import {
  listGroupDatabases,
  readGroupNames,
  readMeetings,
} from '../couch/calendar-meetings.storage';
import { sessionUser } from '../couch/calendar-session.storage';
import { findTokenOwner, replaceToken } from '../couch/calendar-tokens.storage';
import { readUser } from '../couch/users.storage';
import { meetingEvent } from '../../../src/lib/domain/groups/meeting-calendar';
import { groupDbName, parseDbName, parseRole } from '../../../src/lib/domain/roles';

/**
 * The members' calendar subscription. A token is 32 random bytes (base64url, 43 characters) and
 * is shown to its owner once; the server keeps only its SHA-256 hash, so a leaked
 * `calendar-feeds` database opens no feed. Whoever has the URL reads the feed (calendar apps
 * cannot sign in), so the feed is built from the owner's roles at the moment of each request:
 * a removed role, a disabled account or a replaced token take effect at once.
 */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export type IssueResult =
  { ok: true; token: string } | { ok: false; reason: 'unauthorized' | 'conflict' };

/** A new feed token for the signed-in user (the session is asked of CouchDB, never trusted). */
export async function issueFeedToken(
  client: CouchClient,
  couchUrl: string,
  cookie: string | undefined,
  now: Date = new Date(),
): Promise<IssueResult> {
  const user = await sessionUser(couchUrl, cookie);
  if (!user) return { ok: false, reason: 'unauthorized' };
  const account = await readUser(client, user.name);
  // Server admins have no _users account and no groups: nothing to subscribe to.
  if (!account || account.disabled) return { ok: false, reason: 'unauthorized' };
  const token = newToken();
  const stored = await replaceToken(client, user.name, hashToken(token), now);
  return stored === 'ok' ? { ok: true, token } : { ok: false, reason: 'conflict' };
}

/**
 * The group databases a user's roles open: each group role, and every existing group of an
 * ORP the user coordinates (the same rule as the groups' `_security`).
 */
export function groupDatabasesFor(roles: readonly string[], existing: readonly string[]): string[] {
  const found = new Set<string>();
  for (const role of roles) {
    const parsed = parseRole(role);
    if (parsed?.kind === 'group') found.add(groupDbName(parsed.orp, parsed.group));
    if (parsed?.kind === 'coordinator') {
      for (const db of existing) {
        const name = parseDbName(db);
        if (name?.kind === 'group' && name.orp === parsed.orp) found.add(db);
      }
    }
  }
  return [...found].sort();
}

/**
 * The VCALENDAR for a token, or undefined when the token is unknown, replaced, or its owner is
 * disabled or gone (the route answers 404 alike, so a probe learns nothing). `origin` builds
 * each event's link to the meeting page.
 */
export async function calendarFeed(
  client: CouchClient,
  token: string,
  origin: string,
): Promise<string | undefined> {
  if (!FEED_TOKEN_PATTERN.test(token)) return undefined;
  const owner = await findTokenOwner(client, hashToken(token));
  if (!owner) return undefined;
  const account = await readUser(client, owner);
  if (!account || account.disabled) return undefined;
  const needsAll = account.roles.some((role) => parseRole(role)?.kind === 'coordinator');
  const databases = groupDatabasesFor(
    account.roles,
    needsAll ? await listGroupDatabases(client) : [],
  );
  const names = await readGroupNames(client);
  const events = [];
  for (const db of databases) {
    const parsed = parseDbName(db);
    const groupName =
      (parsed?.kind === 'group' && names.get(`${parsed.orp}:${parsed.group}`)?.name) || db;
    for (const meeting of await readMeetings(client, db)) {
      const key = meeting._id.slice('meeting:'.length);
      const url = `${origin}/skupiny/${encodeURIComponent(db)}/schuzka/${encodeURIComponent(key)}`;
      events.push({
        sort: `${meeting.date} ${meeting.time ?? ''}`,
        event: meetingEvent(db, meeting, groupName, url),
      });
    }
  }
  events.sort((a, b) => a.sort.localeCompare(b.sort));
  const { error, value } = createEvents(
    events.map((e) => e.event),
    { productId: 'rozcestnik/calendar', calName: 'Rozcestník – schůzky' },
  );
  if (error || !value) throw error ?? new Error('iCalendar export failed');
  return value;
}
