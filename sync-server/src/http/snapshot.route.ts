import { Router, type Request, type Response } from 'express';
import { SnapshotStorageError, snapshotStorage } from '../couch/snapshot.storage';
import { etagMatches, parseSince, SnapshotService } from '../services/snapshot.service';

/** Where the app fetches the catalogue's first-sync snapshot (see snapshot.service.ts). */
export const SNAPSHOT_PATH = '/api/catalog/snapshot';

/** Brotli when the client takes it (every current browser over HTTP), else gzip, else none. */
function encodingFor(req: Request): 'br' | 'gzip' | undefined {
  const accepted = req.get('accept-encoding') ?? '';
  if (/\bbr\b/i.test(accepted)) return 'br';
  if (/\bgzip\b/i.test(accepted)) return 'gzip';
  return undefined;
}

/**
 * `GET /api/catalog/snapshot?since=<cursor>` → one part as JSON, brotli or gzip when accepted.
 * `Cache-Control: no-cache` plus an ETag: caches may keep a part but must revalidate it, and a
 * 304 costs one `GET /catalog` on the server and no body on the wire.
 */
export function snapshotRoute(couchUrl: string): Router {
  const service = new SnapshotService(snapshotStorage(couchUrl));
  const router = Router();
  router.get('/', async (req: Request, res: Response) => {
    const since = parseSince(req.query.since);
    res.set('Cache-Control', 'no-cache');
    res.set('Vary', 'Accept-Encoding');
    if (since === undefined) {
      res.status(400).json({ error: 'bad_request', reason: 'since must be one sequence value' });
      return;
    }
    try {
      const { etag } = await service.currentEtag(since);
      if (etagMatches(req.get('if-none-match'), etag)) {
        res.set('ETag', etag).status(304).end();
        return;
      }
      const part = await service.part(since);
      const encoding = encodingFor(req);
      res.set('ETag', part.etag);
      res.type('application/json');
      if (encoding) res.set('Content-Encoding', encoding);
      res.send(encoding ? part[encoding] : part.json);
    } catch (error) {
      // Anonymous readers were refused: the catalogue is not public here, so neither is this.
      if (error instanceof SnapshotStorageError && (error.status === 401 || error.status === 403)) {
        res.status(403).json({
          error: 'forbidden',
          reason: 'Katalog není veřejný. / The catalogue is not public.',
        });
        return;
      }
      console.error(`Snapshot failed: ${error instanceof Error ? error.message : String(error)}`);
      res.status(502).json({
        error: 'bad_gateway',
        reason:
          'Katalog teď nelze stáhnout; zkuste to později. / The catalogue cannot be downloaded now; try again later.',
      });
    }
  });
  return router;
}
