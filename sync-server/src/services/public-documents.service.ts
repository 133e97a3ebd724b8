import type { CouchClient } from '../couch/couch-client';
import { sessionUser } from '../couch/calendar-session.storage';
import { readPlanningOrp } from '../couch/planning.storage';
import {
  listPublicDocuments,
  readPublicDocumentFile,
  storePublicDocument,
} from '../couch/public-documents.storage';
import {
  DOCX_MIME,
  PUBLIC_DOCUMENT_KIND,
  PUBLIC_DOCUMENT_MAX_BYTES,
  type PublicDocumentInfo,
  type PublicDocumentKind,
} from '../../../src/lib/domain/participation/public-document.types';
import { isCoordinatorOf, isOrpCode } from '../../../src/lib/domain/roles';
import type { Reason } from '../../../src/lib/domain/validation/validation.types';

export type DocOutcome<T> = { ok: true; value: T } | { ok: false; status: number; reason: Reason };

const refuse = (status: number, cs: string, en: string) =>
  ({ ok: false, status, reason: { cs, en } }) as const;

/**
 * A coordinator publishes the plan or a yearly report (the DOCX the plan pages make). The
 * session is asked of CouchDB; the file must be a DOCX (a zip: "PK" first) of sane size.
 */
export async function publishDocument(
  client: CouchClient,
  couchUrl: string,
  cookie: string | undefined,
  orp: string,
  kind: string,
  yearText: unknown,
  file: unknown,
  now: Date = new Date(),
): Promise<DocOutcome<{ kind: string }>> {
  const user = await sessionUser(couchUrl, cookie);
  if (!user)
    return refuse(
      401,
      'Nejste přihlášeni; přihlaste se prosím znovu.',
      'You are not signed in; please sign in again.',
    );
  if (!isOrpCode(orp) || !isCoordinatorOf(user.roles, orp)) {
    return refuse(
      403,
      'Dokumenty zveřejňuje jen koordinátor ORP.',
      "Only the ORP's coordinator publishes documents.",
    );
  }
  if (!PUBLIC_DOCUMENT_KIND.test(kind)) {
    return refuse(
      400,
      'Zveřejnit lze plán nebo zprávu za rok.',
      'Only the plan or a yearly report can be published.',
    );
  }
  const year = kind === 'plan' ? Number(yearText) : Number(kind.slice('report-'.length));
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    return refuse(400, 'Chybí rok plánu.', "The plan's year is missing.");
  }
  if (
    !Buffer.isBuffer(file) ||
    file.length < 4 ||
    file.subarray(0, 2).toString('latin1') !== 'PK'
  ) {
    return refuse(
      400,
      'Soubor není dokument Word (DOCX).',
      'The file is not a Word document (DOCX).',
    );
  }
  if (file.length > PUBLIC_DOCUMENT_MAX_BYTES) {
    return refuse(400, 'Soubor je příliš velký.', 'The file is too large.');
  }
  if (!(await readPlanningOrp(client, orp))) {
    return refuse(
      404,
      'Toto ORP v Rozcestníku plánování nevede.',
      'This ORP does not plan with Rozcestník.',
    );
  }
  await storePublicDocument(
    client,
    { orp, kind, year, publishedAt: now.toISOString(), publishedBy: user.name },
    file,
    DOCX_MIME,
  );
  return { ok: true, value: { kind } };
}

/** The ORP's published documents: the plan first, then reports, newest first. */
export async function publishedDocuments(
  client: CouchClient,
  orp: string,
): Promise<PublicDocumentInfo[] | undefined> {
  if (!isOrpCode(orp) || !(await readPlanningOrp(client, orp))) return undefined;
  return (await listPublicDocuments(client, orp))
    .map((doc) => ({
      kind: doc.kind as PublicDocumentKind,
      year: doc.year,
      publishedAt: doc.publishedAt,
      bytes: doc._attachments?.['file.docx']?.length ?? 0,
      path: `/api/documents/${orp}/${doc.kind}.docx`,
    }))
    .sort((a, b) => (a.kind === 'plan' ? -1 : b.kind === 'plan' ? 1 : b.year - a.year));
}

export async function publishedFile(
  client: CouchClient,
  orp: string,
  kind: string,
): Promise<Buffer | undefined> {
  if (!isOrpCode(orp) || !PUBLIC_DOCUMENT_KIND.test(kind)) return undefined;
  return readPublicDocumentFile(client, orp, kind);
}
