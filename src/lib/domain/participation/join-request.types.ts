/**
 * "Chci se zapojit": a person asks to join an ORP's working group from the public planning
 * page. The request holds personal data (a name and a contact), so it lives in the
 * coordinators-only database `orp-<orp>-join-requests`, is written only by sync-server, and
 * is deleted when handled (accepted or declined) or after `JOIN_REQUEST_RETENTION_DAYS`.
 */
export interface JoinRequestInput {
  /** The working group's code (`working-group:<orp>:<group>` in the catalogue). */
  group: string;
  name: string;
  /** E-mail or phone, as typed: how the coordinator answers. */
  contact: string;
  message?: string;
  /** The person ticked the consent; a request without it is refused. */
  consent: true;
}

export interface JoinRequestDoc extends JoinRequestInput {
  _id: string; // join-request:<random>
  _rev?: string;
  _deleted?: boolean;
  type: 'join-request';
  orp: string;
  receivedAt: string;
}

/** The consent text promises this period; the purge keeps it (sync-server). */
export const JOIN_REQUEST_RETENTION_DAYS = 90;

export const JOIN_REQUEST_LIMITS = {
  name: 100,
  contact: 200,
  message: 2000,
  bodyBytes: 8 * 1024,
} as const;

export const JOIN_REQUEST_PREFIX = 'join-request:';

export function joinRequestId(key: string): string {
  return `${JOIN_REQUEST_PREFIX}${key}`;
}

/** The new account and its one-time password, shown once to the accepting coordinator. */
export interface JoinAcceptResult {
  userName: string;
  password: string;
  group: string;
}
