/**
 * "Nahlásit chybu v údajích": a person tells the catalogue's editors that a service's data is
 * wrong. Reports are written by sync-server (never by browsers directly) into the `reports`
 * database, which only editors and admins can read: a report may contain a phone number or a
 * name the reporter chose to leave.
 */

/** What the app sends to `POST /api/reports` (also what the device's outbox keeps). */
export interface ReportInput {
  /** Random id made on the device: a report re-sent after a lost answer is stored once. */
  clientId: string;
  serviceId: string;
  /** The service's name as the reporter saw it (the service may be renamed later). */
  serviceName: string;
  /** What is wrong, in the reporter's words. */
  message: string;
  /** Optional way to reach the reporter (phone or e-mail), only if they want an answer. */
  contact?: string;
  /** When the report was written on the device (it may be sent much later). */
  reportedAt: string;
}

export type ReportStatus = 'new' | 'resolved' | 'rejected';

/** The stored report in `reports`. */
export interface ReportDoc extends ReportInput {
  _id: string; // report:<clientId>
  _rev?: string;
  _deleted?: boolean;
  type: 'data-error-report';
  receivedAt: string;
  status: ReportStatus;
}

export const REPORT_ID_PREFIX = 'report:';
export const REPORT_STATUSES: readonly ReportStatus[] = ['new', 'resolved', 'rejected'];

/** Limits in characters; the endpoint also caps the request body in bytes. */
export const REPORT_LIMITS = {
  message: 2000,
  contact: 200,
  serviceName: 300,
  serviceId: 200,
  /** Body bytes accepted by the endpoint: the fields above in UTF-8 plus JSON overhead. */
  bodyBytes: 16 * 1024,
} as const;

export function reportId(clientId: string): string {
  return `${REPORT_ID_PREFIX}${clientId}`;
}
