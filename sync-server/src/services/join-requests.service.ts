import { randomBytes, randomUUID } from 'node:crypto';
import type { CouchClient } from '../couch/couch-client';
import { sessionUser } from '../couch/calendar-session.storage';
import {
  deleteJoinRequest,
  insertJoinRequest,
  listJoinRequestDatabases,
  listJoinRequests,
  readJoinRequest,
} from '../couch/join-requests.storage';
import { listGroupCodes, readPlanningOrp } from '../couch/planning.storage';
import { readUser } from '../couch/users.storage';
import { AdminError } from '../admin/admin-error';
import { addUser } from '../admin/user.admin';
import {
  JOIN_REQUEST_PREFIX,
  JOIN_REQUEST_RETENTION_DAYS,
  joinRequestId,
  type JoinAcceptResult,
  type JoinRequestDoc,
} from '../../../src/lib/domain/participation/join-request.types';
import { validateJoinInput } from '../../../src/lib/domain/participation/join-request.validation';
import {
  groupRole,
  isCoordinatorOf,
  isOrpCode,
  parseJoinRequestsDbName,
} from '../../../src/lib/domain/roles';
import type { Reason } from '../../../src/lib/domain/validation/validation.types';

export type JoinOutcome<T> = { ok: true; value: T } | { ok: false; status: number; reason: Reason };

function refuse(
  status: number,
  cs: string,
  en: string,
): { ok: false; status: number; reason: Reason } {
  return { ok: false, status, reason: { cs, en } };
}

const UNKNOWN_ORP = (): { ok: false; status: number; reason: Reason } =>
  refuse(
    404,
    'Toto ORP v Rozcestníku plánování nevede.',
    'This ORP does not plan with Rozcestník.',
  );

/** Validates a public "Chci se zapojit" request and stores it for the ORP's coordinators. */
export async function submitJoinRequest(
  client: CouchClient,
  orp: string,
  input: unknown,
  now: Date = new Date(),
): Promise<JoinOutcome<{ id: string }>> {
  if (!isOrpCode(orp) || !(await readPlanningOrp(client, orp))) return UNKNOWN_ORP();
  const checked = validateJoinInput(input, await listGroupCodes(client, orp));
  if (!checked.ok) return { ok: false, status: 400, reason: checked.reason };
  const doc: JoinRequestDoc = {
    ...checked.value,
    _id: joinRequestId(randomUUID()),
    type: 'join-request',
    orp,
    receivedAt: now.toISOString(),
  };
  await insertJoinRequest(client, doc);
  return { ok: true, value: { id: doc._id } };
}

/** A user name from a person's name: "Jana Nováková" → "jana.novakova" (ASCII, dots). */
export function userNameFrom(personName: string): string {
  const base = personName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 40)
    .replace(/\.+$/, '');
  return base || 'clen';
}

async function freeUserName(client: CouchClient, personName: string): Promise<string> {
  const base = userNameFrom(personName);
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (!(await readUser(client, candidate))) return candidate;
  }
  return `${base}.${randomBytes(3).toString('hex')}`;
}

/**
 * A coordinator accepts a request: the session is asked of CouchDB (never trusted from the
 * page), the account gets exactly the group's role (resolveRoles adds `orp:<orp>:member`, which
 * every group role carries), is put on the group's roster (roster.admin.ts, through addUser),
 * and the request is deleted. The one-time password is returned to
 * the coordinator once and stored nowhere in plain text (CouchDB hashes it).
 */
export async function acceptJoinRequest(
  client: CouchClient,
  couchUrl: string,
  cookie: string | undefined,
  orp: string,
  id: string,
): Promise<JoinOutcome<JoinAcceptResult>> {
  const user = await sessionUser(couchUrl, cookie);
  if (!user)
    return refuse(
      401,
      'Nejste přihlášeni; přihlaste se prosím znovu.',
      'You are not signed in; please sign in again.',
    );
  if (!isOrpCode(orp) || !isCoordinatorOf(user.roles, orp)) {
    return refuse(
      403,
      'Žádosti o zapojení vyřizuje jen koordinátor ORP.',
      "Only the ORP's coordinator handles joining requests.",
    );
  }
  if (!id.startsWith(JOIN_REQUEST_PREFIX))
    return refuse(404, 'Žádost nenalezena.', 'Request not found.');
  const request = await readJoinRequest(client, orp, id);
  if (!request) {
    return refuse(
      404,
      'Žádost už neexistuje (mohl ji vyřídit někdo jiný).',
      'The request no longer exists (someone else may have handled it).',
    );
  }
  const userName = await freeUserName(client, request.name);
  const password = randomBytes(9).toString('base64url');
  try {
    // addUser also puts the account on the group's roster under the person's own name.
    await addUser(client, userName, password, [groupRole(orp, request.group)], request.name);
  } catch (error) {
    // The group was removed meanwhile, or the name was taken a moment ago: keep the request.
    if (!(error instanceof AdminError)) throw error;
    return refuse(
      409,
      `Účet se nepodařilo založit: ${error.message}`,
      `The account could not be created: ${error.message}`,
    );
  }
  await deleteJoinRequest(client, orp, request);
  return { ok: true, value: { userName, password, group: request.group } };
}

/** Deletes every request older than the promised period, in every ORP; returns how many. */
export async function purgeOldJoinRequests(
  client: CouchClient,
  now: Date = new Date(),
): Promise<number> {
  const cutoff = now.getTime() - JOIN_REQUEST_RETENTION_DAYS * 24 * 3600_000;
  let purged = 0;
  for (const db of await listJoinRequestDatabases(client)) {
    const orp = parseJoinRequestsDbName(db);
    if (!orp) continue;
    for (const doc of await listJoinRequests(client, db)) {
      if (Date.parse(doc.receivedAt) < cutoff) {
        await deleteJoinRequest(client, orp, doc);
        purged += 1;
      }
    }
  }
  return purged;
}

const DAY_MS = 24 * 3600_000;

/** Purges at start and then daily; a failed run is logged and retried the next day. */
export function scheduleJoinRequestPurge(client: CouchClient): () => void {
  const run = () =>
    purgeOldJoinRequests(client)
      .then((n) => {
        if (n > 0)
          console.log(
            `Deleted ${n} joining requests older than ${JOIN_REQUEST_RETENTION_DAYS} days.`,
          );
      })
      .catch((error: unknown) =>
        console.error(
          `Purging old joining requests failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
