import type { NextFunction, Request, Response } from 'express';

/**
 * Request bodies on `/db`, checked from the headers before a byte of the body is read (issue
 * 13, defect 3: four anonymous 50 MB PUTs grew the embedded server by 730 MB before their 401).
 *
 * - `document`: 8 MB, Apache CouchDB's default `max_document_size`; no legitimate document is
 *   larger, and Apache CouchDB refuses larger ones anyway.
 * - `bulkDocs`: 16 MB. The largest legitimate batch is a PouchDB push (batch_size 100) or a
 *   conflict merge: 100 group or plan documents of a few KB each, so about 1 MB; 16 MB also
 *   fits one document at the 8 MB limit in a batch with 99 ordinary ones, so a replication
 *   never gets stuck on a batch it cannot send.
 * - `local`: 64 KB. `_local` documents are replication checkpoints (well under 1 KB); they
 *   never replicate and are not validated, so they must not become free storage.
 * - `anonymousRead`: 1 MB for the read-only POSTs an anonymous catalogue reader may send
 *   (`_all_docs` / `_bulk_get` with keys, `_changes` with doc_ids, `_find`).
 *
 * Anonymous requests (no session cookie, no Authorization) that would write are refused with
 * 401 at once; the answer closes the connection, so the rest of the body is never read.
 * A body without a length (chunked) is refused with 411: every client of the app sends one.
 */
export const BODY_LIMITS = {
  document: 8_000_000,
  bulkDocs: 16_000_000,
  local: 64 * 1024,
  anonymousRead: 1_000_000,
};

const NO_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);
const ANONYMOUS_READ_POST = /^\/[^/_][^/]*\/(?:_all_docs|_bulk_get|_changes|_find|_explain)\/?$/;

function isAnonymous(req: Request): boolean {
  return !req.headers.authorization && !/(?:^|;\s*)AuthSession=[^;]/.test(req.headers.cookie ?? '');
}

function limitFor(req: Request): number {
  if (/^\/[^/]+\/_bulk_docs\/?$/.test(req.path)) return BODY_LIMITS.bulkDocs;
  if (/^\/[^/]+\/_local\//.test(req.path)) return BODY_LIMITS.local;
  return BODY_LIMITS.document;
}

function refuse(res: Response, status: number, error: string, reason: string): void {
  // Close the connection after the answer: the body still on its way is dropped, never read.
  res.setHeader('Connection', 'close');
  res.status(status).json({ error, reason });
}

export function bodyLimits(req: Request, res: Response, next: NextFunction): void {
  // The sign-in body is read (at most 16 KB) by password-gate.ts.
  if (NO_BODY.has(req.method) || req.path === '/_session') return next();
  const anonymous = isAnonymous(req);
  if (anonymous && !(req.method === 'POST' && ANONYMOUS_READ_POST.test(req.path))) {
    return refuse(res, 401, 'unauthorized', 'Pro změny se přihlaste. / Sign in to make changes.');
  }
  const limit = anonymous ? BODY_LIMITS.anonymousRead : limitFor(req);
  const declared = req.headers['content-length'];
  if (declared === undefined) {
    if (req.headers['transfer-encoding'] === undefined) return next();
    return refuse(
      res,
      411,
      'length_required',
      'Požadavek musí uvést svou délku. / The request must state its length.',
    );
  }
  if (Number(declared) > limit) {
    const size = limit >= 1_000_000 ? `${limit / 1_000_000} MB` : `${limit / 1024} KB`;
    return refuse(
      res,
      413,
      'too_large',
      `Požadavek je větší než ${size}. / The request is larger than ${size}.`,
    );
  }
  next();
}
