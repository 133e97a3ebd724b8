/**
 * Documents an ORP's coordinators publish for everyone: the current plan and each yearly
 * report, as the DOCX the plan pages make. The plan database itself stays private (members
 * and coordinators: it holds proposals and unapproved monitoring), so the public gets only what
 * a coordinator chose to publish, as it was at that moment.
 */
export type PublicDocumentKind = 'plan' | `report-${number}`;

export const PUBLIC_DOCUMENT_KIND = /^(plan|report-(19|20)\d{2})$/;
export const PUBLIC_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** One published document as `GET /api/documents/<orp>` lists it. */
export interface PublicDocumentInfo {
  kind: PublicDocumentKind;
  /** The plan's wording year, or the report's year. */
  year: number;
  publishedAt: string;
  bytes: number;
  /** Where to download it. */
  path: string;
}

export function publicDocumentsPath(orp: string): string {
  return `/api/documents/${encodeURIComponent(orp)}`;
}

export function publishDocumentPath(orp: string, kind: string): string {
  return `/db/_rozcestnik/documents/${encodeURIComponent(orp)}/${kind}`;
}
