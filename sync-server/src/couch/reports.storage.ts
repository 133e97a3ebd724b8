import type { ReportDoc } from '../../../src/lib/domain/reports/report.types';
import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';
import { REPORTS_DB } from './databases';

/**
 * Stores a report with the server's admin connection. A report whose id already exists was
 * sent before (the device did not hear the answer): that is a success, not an error.
 */
export async function insertReport(
  client: CouchClient,
  doc: ReportDoc,
): Promise<'created' | 'duplicate'> {
  try {
    await client.use<ReportDoc>(REPORTS_DB).insert(doc);
    return 'created';
  } catch (error) {
    if (couchStatus(error) === 409) return 'duplicate';
    throw error;
  }
}
