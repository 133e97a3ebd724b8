import Dexie, { liveQuery, type EntityTable } from 'dexie';
import type { CatalogEntry, ServiceRow } from '../catalog-read-model';
import type { GroupDocRow } from './groups.tables';
import type { PlanDocRow } from './plan.tables';
import type { DraftRow } from './drafts.table';

interface MetaRow {
  key: string;
  value: unknown;
}

/** A non-service catalogue document (taxonomy, life situation, territory, planning), derived. */
export type CatalogEntryRow = CatalogEntry;

/** Device-only: services the worker keeps for a client. Never replicated. */
export interface ShortlistRow {
  serviceId: string;
  addedAt: string;
}

/** Device-only preferences (worker's name and phone, territory, language…). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** Device-only outbox: data-error reports waiting to be sent to sync-server. */
export interface ReportOutboxRow {
  id?: number;
  createdAt: string;
  payload: unknown;
  attempts: number;
  lastError?: string;
}

/** Device-only: a published survey's definition kept for answering offline (key `<orp>/<survey>`). */
export interface SurveyDefinitionRow {
  key: string;
  savedAt: string;
  survey: unknown;
}

/** Device-only outbox: survey answers waiting to be sent (kept until the server decides). */
export interface SurveyOutboxRow {
  id?: number;
  createdAt: string;
  orp: string;
  survey: string;
  title: string;
  /** SurveyAnswerInput without the device token (added when sending). */
  payload: unknown;
  attempts: number;
  lastError?: string;
  /** The server refused it for good (400/404/410): shown with the reason, never sent again. */
  refused?: boolean;
}

/** Device-only, anonymous: searches that found nothing (query and filters, no identity). */
export interface SearchMissRow {
  id?: number;
  at: string;
  query: string;
  filters: Record<string, string[]>;
}

/** Device-side store; `services` and `catalogEntries` are written by catalog-sync.ts. */
class AppDb extends Dexie {
  services!: EntityTable<ServiceRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  catalogEntries!: EntityTable<CatalogEntryRow, 'id'>;
  shortlist!: EntityTable<ShortlistRow, 'serviceId'>;
  settings!: EntityTable<SettingRow, 'key'>;
  reportOutbox!: EntityTable<ReportOutboxRow, 'id'>;
  searchMisses!: EntityTable<SearchMissRow, 'id'>;
  groupDocs!: EntityTable<GroupDocRow, 'key'>;
  planDocs!: EntityTable<PlanDocRow, 'key'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  surveyDefinitions!: EntityTable<SurveyDefinitionRow, 'key'>;
  surveyOutbox!: EntityTable<SurveyOutboxRow, 'id'>;

  constructor() {
    super('rozcestnik');
    this.version(1).stores({
      services: 'id, nameSort, serviceTypeSection',
      meta: 'key',
    });
    // Schema changes: add a new version block below; never edit an earlier one.
    this.version(2).stores({
      catalogEntries: 'id, kind',
      shortlist: 'serviceId, addedAt',
      settings: 'key',
      reportOutbox: '++id, createdAt',
      searchMisses: '++id, at',
    });
    // Working groups (groups.tables.ts): derived from the group replicas by groups.projector.
    this.version(3).stores({
      groupDocs: 'key, db, type, [db+type], [db+meetingKey], assignee',
    });
    // ORP plans (plan.tables.ts): derived from the plan replicas by member.projector.
    this.version(5).stores({
      planDocs: 'key, db, [db+type], [db+activityId]',
    });
    // Device-only drafts of members' forms (drafts.table.ts), one row per user and form.
    this.version(6).stores({
      drafts: 'key, user',
    });
    // Device-only survey definitions and answers' outbox (survey-device.table.ts).
    this.version(7).stores({
      surveyDefinitions: 'key',
      surveyOutbox: '++id, createdAt',
    });
  }
}

/** Shared by the table modules in this folder only; everything else uses their functions. */
export const db = new AppDb();

export type Seq = string | number;

export interface Checkpoint {
  seq: Seq;
  version: number;
}

const checkpointKey = (name: string) => `checkpoint:${name}`;

export async function getCheckpoint(name: string): Promise<Checkpoint | undefined> {
  const row = await db.meta.get(checkpointKey(name));
  return row?.value as Checkpoint | undefined;
}

export async function setCheckpoint(name: string, checkpoint: Checkpoint): Promise<void> {
  await db.meta.put({ key: checkpointKey(name), value: checkpoint });
}

export async function putServices(rows: readonly ServiceRow[]): Promise<void> {
  await db.services.bulkPut([...rows]);
}

/** Live view of one service row (undefined while absent); returns an unsubscribe function. */
export function observeServiceRow(
  id: string,
  onValue: (row: ServiceRow | undefined) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => db.services.get(id)).subscribe({
    next: onValue,
    error: onError,
  });
  return () => subscription.unsubscribe();
}

/** Names of the given services that the read model holds (id → name). */
export async function serviceNames(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.services.bulkGet([...ids]);
  return new Map(rows.flatMap((row) => (row ? [[row.id, row.name] as const] : [])));
}
