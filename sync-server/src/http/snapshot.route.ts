import { brotliDecompressSync } from 'node:zlib';
import { Router, type Request, type Response } from 'express';
import { SnapshotStorageError, snapshotStorage } from '../couch/snapshot.storage';
import {
  parseOrp,
  parseSince,
  snapshotCompressor,
  SnapshotService,
} from '../services/snapshot.service';

/** Where the app fetches the catalogue's first-sync snapshot (see snapshot.service.ts). */
export const SNAPSHOT_PATH = '/api/catalog/snapshot';

/**
 * `hit` when the body was the server's prepared snapshot, `miss` when it was read from CouchDB
 * for this request: lets operators (and tests) see that an unchanged catalogue costs no reads.
 */
export const CACHE_HEADER = 'X-Snapshot-Cache';

const acceptsBrotli = (req: Request) => /\bbr\b/i.test(req.get('accept-encoding') ?? '');

function refuse(res: Response, error: unknown): void {
  if (res.headersSent) {
    // Mid-stream: cut the response; the app resumes from its last committed row.
    res.destroy();
    return;
  }
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

/**
 * `GET /api/catalog/snapshot?since=<seq>` → the catalogue after `since` as one stream of
 * newline-separated JSON (brotli when accepted); `?orp=<key>` → one ORP's services and the
 * non-service documents in one body. `no-store`: the app keeps the data in IndexedDB, and a
 * browser cache copy of megabytes would only cost storage. An ORP's snapshot (tens of KB) may be
 * stored, revalidated before any ordinary use: the page asks for it before the sync worker
 * exists, and the worker then reads that response from the HTTP cache (catalog-sync.worker.ts).
 */
export function snapshotRoute(couchUrl: string): Router {
  const service = new SnapshotService(snapshotStorage(couchUrl));
  service.keepWarm();
  const router = Router();
  router.get('/', async (req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    res.set('Vary', 'Accept-Encoding');
    res.type('application/x-ndjson');
    const brotli = acceptsBrotli(req);
    try {
      if (req.query.orp !== undefined) {
        const orp = parseOrp(req.query.orp);
        if (!orp) {
          res.status(400).json({ error: 'bad_request', reason: 'orp must be one ORP key' });
          return;
        }
        const { body, fromCache } = await service.orp(orp);
        res.set('Cache-Control', 'private, no-cache');
        res.set(CACHE_HEADER, fromCache ? 'hit' : 'miss');
        if (brotli) res.set('Content-Encoding', 'br').send(body);
        else res.send(brotliDecompressSync(body));
        return;
      }
      const since = parseSince(req.query.since);
      if (since === undefined) {
        res.status(400).json({ error: 'bad_request', reason: 'since must be one sequence value' });
        return;
      }
      const cached = brotli && since === 0 ? await service.cachedFull() : undefined;
      res.set(CACHE_HEADER, cached ? 'hit' : 'miss');
      if (cached) {
        res.set('Content-Encoding', 'br');
        res.send(Buffer.concat(cached));
        return;
      }
      await stream(service, since, brotli, res);
    } catch (error) {
      refuse(res, error);
    }
  });
  return router;
}

/** Streams the lines, flushing the compressor after each page so the app can start writing. */
async function stream(
  service: SnapshotService,
  since: string | number,
  brotli: boolean,
  res: Response,
): Promise<void> {
  const updateSeq = since === 0 ? await service.updateSeq() : undefined;
  let closed = false;
  res.on('close', () => (closed = true));
  if (!brotli) {
    for await (const text of service.lines(since)) {
      if (closed) return;
      if (!res.write(text)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
    return;
  }
  res.set('Content-Encoding', 'br');
  const compressor = snapshotCompressor();
  const chunks: Buffer[] = [];
  compressor.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    if (!closed && !res.write(chunk)) compressor.pause();
  });
  res.on('drain', () => compressor.resume());
  const finished = new Promise<void>((resolve, reject) => {
    compressor.on('end', resolve);
    compressor.on('error', reject);
  });
  for await (const text of service.lines(since)) {
    if (closed) {
      compressor.destroy();
      return;
    }
    compressor.write(text);
    await new Promise<void>((resolve) => compressor.flush(resolve));
  }
  compressor.end();
  await finished;
  res.end();
  // A complete stream from the start is every later first sync's answer until the next change.
  if (updateSeq !== undefined && !closed) service.rememberFull(updateSeq, chunks);
}
