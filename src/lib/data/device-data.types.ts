import type { CatalogSummary } from './dexie/catalog-summary.table';
import type {
  CatalogEntryRow,
  ReportOutboxRow,
  SurveyDefinitionRow,
  SurveyOutboxRow,
} from './dexie/app.db';
import type { CachedUser } from './dexie/groups.tables';
import type { ShortlistEntry } from './dexie/shortlist.table';
import type { deviceWrites } from './dexie/device-data.queries';

/**
 * The device data every page shows from the start (header, tiles, filters, badges), named as
 * plain data so another thread can run the query: the catalogue sync worker answers them
 * (device-data.client.ts), which keeps Dexie off the page's thread on the public pages.
 */
export type LiveRead =
  | { kind: 'summary' }
  | { kind: 'entries'; entryKind: string }
  | { kind: 'shortlist' }
  | { kind: 'outbox' }
  | { kind: 'cached-user' }
  | { kind: 'survey-outbox' }
  | { kind: 'survey-definition'; key: string }
  | { kind: 'survey-token' };

export interface LiveValues {
  summary: CatalogSummary | undefined;
  entries: CatalogEntryRow[];
  shortlist: ShortlistEntry[];
  outbox: ReportOutboxRow[];
  'cached-user': CachedUser | undefined;
  'survey-outbox': SurveyOutboxRow[];
  'survey-definition': SurveyDefinitionRow | undefined;
  'survey-token': string | undefined;
}

export type LiveValue<R extends LiveRead> = LiveValues[R['kind']];

/** The page's writes of device-only tables, by name. */
export type DeviceWrites = typeof deviceWrites;
export type DeviceWrite = keyof DeviceWrites;
