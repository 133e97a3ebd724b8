import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';
import { PUBLIC_DOCUMENTS_DB } from './databases';

/** Published plans and reports: `doc:<orp>:<kind>` with the DOCX as attachment `file.docx`. */
export interface PublicDocumentDoc {
  _id: string;
  _rev?: string;
  type: 'public-document';
  orp: string;
  kind: string;
  year: number;
  publishedAt: string;
  publishedBy: string;
  _attachments?: Record<string, { content_type: string; length?: number; data?: string }>;
}

const FILE = 'file.docx';
const idOf = (orp: string, kind: string) => `doc:${orp}:${kind}`;

async function current(client: CouchClient, id: string): Promise<PublicDocumentDoc | undefined> {
  try {
    return await client.use<PublicDocumentDoc>(PUBLIC_DOCUMENTS_DB).get(id);
  } catch (error) {
    if (couchStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Stores (or replaces) one document, with its file, in one write. */
export async function storePublicDocument(
  client: CouchClient,
  meta: Omit<PublicDocumentDoc, '_id' | '_rev' | 'type' | '_attachments'>,
  file: Buffer,
  contentType: string,
): Promise<void> {
  const id = idOf(meta.orp, meta.kind);
  const existing = await current(client, id);
  await client.use<PublicDocumentDoc>(PUBLIC_DOCUMENTS_DB).insert({
    _id: id,
    ...(existing?._rev ? { _rev: existing._rev } : {}),
    type: 'public-document',
    ...meta,
    _attachments: { [FILE]: { content_type: contentType, data: file.toString('base64') } },
  });
}

export async function listPublicDocuments(
  client: CouchClient,
  orp: string,
): Promise<PublicDocumentDoc[]> {
  const prefix = `doc:${orp}:`;
  const page = await client.use(PUBLIC_DOCUMENTS_DB).list({
    startkey: prefix,
    endkey: `${prefix}\ufff0`,
    include_docs: true,
  });
  return page.rows
    .map((row) => row.doc as unknown as PublicDocumentDoc | undefined)
    .filter((doc): doc is PublicDocumentDoc => doc?.type === 'public-document');
}

export async function readPublicDocumentFile(
  client: CouchClient,
  orp: string,
  kind: string,
): Promise<Buffer | undefined> {
  try {
    return await client.use(PUBLIC_DOCUMENTS_DB).attachment.get(idOf(orp, kind), FILE);
  } catch (error) {
    if (couchStatus(error) === 404) return undefined;
    throw error;
  }
}
