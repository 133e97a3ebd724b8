import { liveQuery } from 'dexie';
import type { LiveRead, LiveValue } from '../device-data.types';
import { observeCatalogEntries } from './catalog-entries.table';
import { observeCatalogSummary } from './catalog-summary.table';
import { getCachedUser } from './groups.tables';
import {
  addToOutbox,
  markOutboxAttempt,
  observeOutbox,
  removeFromOutbox,
} from './report-outbox.table';
import { recordSearchMiss } from './search-misses.table';
import {
  addToSurveyOutbox,
  markSurveyOutboxAttempt,
  observeSurveyDefinition,
  observeSurveyOutbox,
  observeSurveyToken,
  removeFromSurveyOutbox,
  saveSurveyDefinition,
  saveSurveyToken,
} from './survey-device.table';
import {
  addToShortlist,
  clearShortlist,
  observeShortlistEntries,
  removeFromShortlist,
} from './shortlist.table';

/**
 * Runs a named live read against Dexie; returns the unsubscribe function. The catalogue sync
 * worker runs these for the page; the page runs them itself only when that worker is missing.
 */
export function observeLiveRead<R extends LiveRead>(
  read: R,
  onValue: (value: LiveValue<R>) => void,
  onError: (error: unknown) => void,
): () => void {
  // Each branch hands over the value type LiveValues names for its kind.
  const next = onValue as (value: unknown) => void;
  switch (read.kind) {
    case 'summary':
      return observeCatalogSummary(next, onError);
    case 'entries':
      return observeCatalogEntries(read.entryKind, next, onError);
    case 'shortlist':
      return observeShortlistEntries(next, onError);
    case 'outbox':
      return observeOutbox(next, onError);
    case 'survey-outbox':
      return observeSurveyOutbox(next, onError);
    case 'survey-definition':
      return observeSurveyDefinition(read.key, next, onError);
    case 'survey-token':
      return observeSurveyToken(next, onError);
    case 'cached-user': {
      const subscription = liveQuery(getCachedUser).subscribe({ next, error: onError });
      return () => subscription.unsubscribe();
    }
  }
}

/**
 * The page's writes to device-only tables, run where the live reads run: in the sync worker,
 * whose Dexie is already loaded (so a report can be saved offline on a first visit, before
 * the service worker has cached the page's own storage code), or on the page without it.
 */
export const deviceWrites = {
  addToOutbox,
  markOutboxAttempt,
  removeFromOutbox,
  addToShortlist,
  removeFromShortlist,
  clearShortlist,
  recordSearchMiss,
  saveSurveyDefinition,
  saveSurveyToken,
  addToSurveyOutbox,
  removeFromSurveyOutbox,
  markSurveyOutboxAttempt,
};
