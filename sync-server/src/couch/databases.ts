import {
  coordinatorRole,
  groupDbName,
  groupRole,
  orpMemberRole,
  parseDbName,
  planDbName,
} from '../../../src/lib/domain/roles';
import { ROLE_CATALOG_EDITOR } from '../../../src/lib/domain/roles';
import { parseSurveyDbName } from '../../../src/lib/domain/surveys/survey-databases';
import { surveyAnswersDbName, surveysDbName } from '../../../src/lib/domain/surveys/survey.types';

/**
 * Every database sync-server provisions, with its `_security`. Deny by default: each one gets
 * an explicit object, because an empty `_security` means "public" on CouchDB 3 for existing
 * databases and on the embedded server always. More databases (ORP plans, working groups) are
 * added here as rows.
 */
export interface SecurityObject {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
}

export interface DatabaseSpec {
  name: string;
  security: SecurityObject;
  /** Only on Apache CouchDB; the embedded server runs no replicator. */
  couchdbOnly?: boolean;
}

const adminsOnly: SecurityObject = {
  admins: { names: [], roles: ['_admin'] },
  members: { names: [], roles: ['_admin'] },
};

export const CATALOG_DB = 'catalog';
/** Data-error reports from the app; written by sync-server's POST /api/reports. */
export const REPORTS_DB = 'reports';
/** Hashes of members' calendar-feed tokens; only sync-server (admin) reads and writes. */
export const CALENDAR_FEEDS_DB = 'calendar-feeds';

export const DATABASES: readonly DatabaseSpec[] = [
  // Accounts are created by the admin CLI; no anonymous sign-up, no self-service reads.
  { name: '_users', security: adminsOnly },
  { name: '_replicator', security: adminsOnly, couchdbOnly: true },
  // The catalogue is public (anonymous reads); writes are gated by validate_doc_update.
  {
    name: CATALOG_DB,
    security: {
      admins: { names: [], roles: ['_admin'] },
      members: { names: [], roles: [] },
    },
  },
  // Reports may carry a reporter's contact: only editors and admins read them.
  {
    name: REPORTS_DB,
    security: {
      admins: { names: [], roles: ['_admin'] },
      members: { names: [], roles: [ROLE_CATALOG_EDITOR, '_admin'] },
    },
  },
  // Server-private: sync-server's calendar route is the only reader (http/calendar.route.ts).
  { name: CALENDAR_FEEDS_DB, security: adminsOnly },
];

/** A group's database: its members and the ORP's coordinators read and write. */
export function groupDatabaseSpec(orp: string, group: string): DatabaseSpec {
  return {
    name: groupDbName(orp, group),
    security: {
      admins: { names: [], roles: ['_admin'] },
      members: { names: [], roles: [groupRole(orp, group), coordinatorRole(orp)] },
    },
  };
}

/** An ORP's plan: every member of any of its groups reads; validation lets coordinators write. */
export function planDatabaseSpec(orp: string): DatabaseSpec {
  return {
    name: planDbName(orp),
    security: {
      admins: { names: [], roles: ['_admin'] },
      members: { names: [], roles: [orpMemberRole(orp), coordinatorRole(orp)] },
    },
  };
}

/** An ORP's survey definitions: coordinators read (sync-server serves published ones). */
export function surveysDatabaseSpec(orp: string): DatabaseSpec {
  return {
    name: surveysDbName(orp),
    security: {
      admins: { names: [], roles: ['_admin'] },
      members: { names: [], roles: [coordinatorRole(orp)] },
    },
  };
}

/** An ORP's survey answers: coordinators read; validation lets only sync-server write. */
export function surveyAnswersDatabaseSpec(orp: string): DatabaseSpec {
  return { ...surveysDatabaseSpec(orp), name: surveyAnswersDbName(orp) };
}

/** Every database an ORP has from `orp add` on: its plan and its two survey databases. */
export function orpDatabaseSpecs(orp: string): DatabaseSpec[] {
  return [planDatabaseSpec(orp), surveysDatabaseSpec(orp), surveyAnswersDatabaseSpec(orp)];
}

/**
 * The spec of a dynamic database (`orp-<orp>-plan`, `orp-<orp>-group-<group>`) from its name;
 * undefined for any other name. Provisioning uses it for databases found in `_all_dbs`.
 */
export function dynamicDatabaseSpec(name: string): DatabaseSpec | undefined {
  const survey = parseSurveyDbName(name);
  if (survey) {
    return survey.kind === 'surveys'
      ? surveysDatabaseSpec(survey.orp)
      : surveyAnswersDatabaseSpec(survey.orp);
  }
  const parsed = parseDbName(name);
  if (!parsed) return undefined;
  return parsed.kind === 'plan'
    ? planDatabaseSpec(parsed.orp)
    : groupDatabaseSpec(parsed.orp, parsed.group);
}
