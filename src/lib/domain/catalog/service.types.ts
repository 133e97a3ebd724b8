/**
 * A social service in the `catalog` database. This is the walking-skeleton subset; the full
 * model (HSDS-inspired, with registry codes) grows here.
 */
export interface ServiceDoc {
  _id: string; // `service:<slug>`
  _rev?: string;
  _deleted?: boolean;
  type: 'service';
  name: string;
  provider: { name: string; ico?: string };
  /** Legal section of zákon 108/2006 Sb., e.g. "40" for pečovatelská služba. */
  serviceType: { section: string; name: string };
  description?: string;
  updatedAt: string; // ISO 8601
}

export const SERVICE_ID_PREFIX = 'service:';
