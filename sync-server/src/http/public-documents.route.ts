import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { CouchClient } from '../couch/couch-client';
import { authSessionCookie } from '../couch/calendar-session.storage';
import {
  DOCX_MIME,
  PUBLIC_DOCUMENT_MAX_BYTES,
} from '../../../src/lib/domain/participation/public-document.types';
import { reasonText, type Reason } from '../../../src/lib/domain/validation/validation.types';
import {
  publishDocument,
  publishedDocuments,
  publishedFile,
} from '../services/public-documents.service';
import { sameOrigin } from './same-origin';

/** `PUT` publishes (under /db for the session cookie, like the calendar token). */
export const PUBLISH_PREFIX = '/db/_rozcestnik/documents/';
export const DOCUMENTS_PREFIX = '/api/documents/';

function answer(res: Response, status: number, reason: Reason): void {
  res
    .status(status)
    .setHeader('Cache-Control', 'no-store')
    .json({ error: reasonText(reason), reason });
}

const notFound = (res: Response) =>
  answer(res, 404, { cs: 'Dokument nenalezen.', en: 'Document not found.' });

/** Published plans and reports: coordinators publish, everyone lists and downloads. */
export function publicDocumentsRouter(client: CouchClient, couchUrl: string): Router {
  const router = express.Router();

  router.put(
    `${PUBLISH_PREFIX}:orp/:kind`,
    express.raw({ type: DOCX_MIME, limit: PUBLIC_DOCUMENT_MAX_BYTES }),
    async (req: Request, res: Response) => {
      if (!sameOrigin(req)) {
        return answer(res, 403, {
          cs: 'Dokument lze zveřejnit jen v Rozcestníku.',
          en: 'A document can only be published in Rozcestník.',
        });
      }
      const result = await publishDocument(
        client,
        couchUrl,
        authSessionCookie(req.get('cookie')),
        String(req.params.orp),
        String(req.params.kind),
        req.query.year,
        req.body,
      );
      if (!result.ok) return answer(res, result.status, result.reason);
      res.status(201).setHeader('Cache-Control', 'no-store').json({ ok: true });
    },
  );

  router.get(`${DOCUMENTS_PREFIX}:orp`, async (req: Request, res: Response) => {
    const list = await publishedDocuments(client, String(req.params.orp));
    if (!list) return notFound(res);
    res.status(200).setHeader('Cache-Control', 'no-cache').json({ documents: list });
  });

  router.get(`${DOCUMENTS_PREFIX}:orp/:file`, async (req: Request, res: Response) => {
    const orp = String(req.params.orp);
    const file = String(req.params.file);
    if (!file.endsWith('.docx')) return notFound(res);
    const kind = file.slice(0, -'.docx'.length);
    const body = await publishedFile(client, orp, kind);
    if (!body) return notFound(res);
    res
      .status(200)
      .type(DOCX_MIME)
      .setHeader('Cache-Control', 'no-cache')
      .setHeader('Content-Disposition', `attachment; filename="${orp}-${kind}.docx"`)
      .send(body);
  });

  router.use(PUBLISH_PREFIX, (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if ((error as { type?: unknown } | null)?.type === 'entity.too.large') {
      return answer(res, 400, { cs: 'Soubor je příliš velký.', en: 'The file is too large.' });
    }
    next(error);
  });
  return router;
}
