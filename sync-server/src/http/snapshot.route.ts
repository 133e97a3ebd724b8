import { Router, type Request, type Response } from 'express';
import { SnapshotStorageError, snapshotStorage } from '../couch/snapshot.storage';
import { etagMatches, parseSince, SnapshotService } from '../services/snapshot.service';

/** Where the app fetches the catalogue's first-sync snapshot (see snapshot.service.ts). */
export const SNAPSHOT_PATH = '/api/catalog/snapshot';

function acceptsGzip(req: Request): boolean {
  return /\bgzip\b/i.test(req.get('accept-encoding') ?? '');
}

/**
 * `GET /api/catalog/snapshot?since=<cursor>` → one part as JSON, gzip when accepted.
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
      const gzip = acceptsGzip(req);
      res.set('ETag', part.etag);
      res.type('application/json');
      if (gzip) res.set('Content-Encoding', 'gzip');
      res.send(gzip ? part.gzip : part.json);
    } catch (error) {
      // Anonymous readers were refused: the catalogue is not public here, so neither is this.
      if (error instanceof SnapshotStorageError && (error.status === 401 || error.status === 403)) {
        res
          .status(403)
          .json({
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
