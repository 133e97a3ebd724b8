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

/** Device-only, anonymous: searches that found nothing (query and filters, no identity). */
export interface SearchMissRow {
  id?: number;
  at: string;
  query: string;
  filters: Record<string, string[]>;
}

/** Device-side store. `services` is derived from the catalog replica (see catalog.projector). */
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

export async function deleteServices(ids: readonly string[]): Promise<void> {
  await db.services.bulkDelete([...ids]);
}

/** Rows, entries and checkpoint commit together, so a crash never leaves the read model half-applied. */
export async function commitServiceBatch(
  batch: {
    put: readonly ServiceRow[];
    remove: readonly string[];
    entries?: { put: readonly CatalogEntryRow[]; remove: readonly string[] };
  },
  checkpointName: string,
  checkpoint: Checkpoint,
): Promise<void> {
  await db.transaction('rw', [db.services, db.catalogEntries, db.meta], async () => {
    if (batch.remove.length) await deleteServices(batch.remove);
    if (batch.put.length) await putServices(batch.put);
    if (batch.entries?.remove.length) await db.catalogEntries.bulkDelete([...batch.entries.remove]);
    if (batch.entries?.put.length) await db.catalogEntries.bulkPut([...batch.entries.put]);
    await setCheckpoint(checkpointName, checkpoint);
  });
}

/** Drops the derived rows, entries and checkpoint; the projector then rebuilds from the replica. */
export async function resetServices(checkpointName: string): Promise<void> {
  await db.transaction('rw', [db.services, db.catalogEntries, db.meta], async () => {
    await db.services.clear();
    await db.catalogEntries.clear();
    await db.meta.delete(checkpointKey(checkpointName));
  });
}

/** Live view of all service rows; returns an unsubscribe function. */
export function observeServices(
  onValue: (rows: ServiceRow[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => db.services.toArray()).subscribe({
    next: onValue,
    error: onError,
  });
  return () => subscription.unsubscribe();
}

export async function getServiceRow(id: string): Promise<ServiceRow | undefined> {
  return db.services.get(id);
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
