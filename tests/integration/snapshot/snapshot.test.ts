import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticServices } from '../../../sync-server/src/demo/synthetic-catalog';
import { adminFetch, adminGetJson, allCopiesQuery, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import {
  applyLines,
  bulkWrite,
  catalogDocs,
  endOf,
  getLines,
  present,
  rowsOf,
  SNAPSHOT,
} from './snapshot.support';

const GENERATED = 1200;
/** This run's ids: the catalogue of a shared CouchDB keeps earlier runs' documents. */
const RUN = uniqueName('t');
const idOf = (n: number) => `service:${RUN}-${String(n).padStart(6, '0')}`;

/** Raw bytes and headers, without fetch's automatic decompression. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('catalogue snapshot endpoint', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await bulkWrite(
      server,
      [...syntheticServices(GENERATED)].map((doc, i) => ({ ...doc, _id: idOf(i + 1) })),
    );
    // A conflict: a second branch of one service, written the way replication writes it.
    const first = await adminGetJson<{ _id: string; _rev: string }>(
      server,
      `/catalog/${encodeURIComponent(idOf(1))}?revs=true`,
    );
    const branch = (hash: string, name: string) => ({
      ...first,
      name,
      _rev: `2-${hash}`,
      _revisions: { start: 2, ids: [hash, first._rev.slice(2)] },
    });
    await bulkWrite(
      server,
      [
        branch('eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', 'Jedna větev'),
        branch('ffffffffffffffffffffffffffffffff', 'Druhá větev'),
      ],
      false,
    );
    // A tombstone, and a _local document that must never leave the server.
    const second = await adminGetJson<{ _rev: string }>(
      server,
      `/catalog/${encodeURIComponent(idOf(2))}`,
    );
    const w = (await allCopiesQuery(server, 'catalog')).replace('?', '&');
    await adminFetch(server, `/catalog/${encodeURIComponent(idOf(2))}?rev=${second._rev}${w}`, {
      method: 'DELETE',
    });
    await adminFetch(server, `/catalog/_local/secret-marker-${RUN}`, {
      method: 'PUT',
      body: JSON.stringify({ secret: 'never-in-a-snapshot' }),
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('holds the winning revision of every document, deletions as such, and nothing else', async () => {
    const { lines, response } = await getLines(server, 'since=0');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(lines[0]).toMatchObject({ format: 2, since: 0 });
    const got = applyLines(lines);
    expect(present(got)).toEqual(await catalogDocs(server));
    // The conflict arrives as its winner only; the deletion as a deleted row.
    expect(got.get(idOf(1))?.name).toMatch(/větev/);
    expect(got.has(idOf(2))).toBe(true);
    expect(got.get(idOf(2))).toBeUndefined();
    expect(rowsOf(lines).every((row) => row.seq !== undefined)).toBe(true);

    const text = JSON.stringify(lines);
    expect(text).not.toContain('_design/');
    expect(text).not.toContain('_local/');
    expect(text).not.toContain('never-in-a-snapshot');
    expect(text).not.toContain('validate_doc_update');
    // The last line's seq is where the app's _changes feed continues: nothing is after it.
    // (Sequences are opaque: a cluster spells the same point differently each time, so this
    // asks CouchDB instead of comparing strings.)
    const after = await adminGetJson<{ results: unknown[] }>(
      server,
      `/catalog/_changes?since=${encodeURIComponent(String(endOf(lines).last_seq))}`,
    );
    expect(after.results).toEqual([]);
  });

  it('lists the non-service documents before any service, so the territory picker fills first', async () => {
    const { lines } = await getLines(server, 'since=0');
    const firstRow = lines.findIndex((line) => 'id' in line);
    const entries = lines.slice(1, firstRow);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((line) => 'entry' in line && !line.entry._id.startsWith('service:'))).toBe(
      true,
    );
    expect(JSON.stringify(entries)).toContain('territory:orp:');
  });

  it('resumes from any row: changes made meanwhile arrive after it, none are lost', async () => {
    const { lines } = await getLines(server, 'since=0');
    // Cut amid this run's rows: a shared catalogue lists earlier runs' documents first.
    const mine = rowsOf(lines).filter((r) => r.id.startsWith(`service:${RUN}-`));
    const cutAt = mine[Math.floor(mine.length / 2)]!;
    const before = lines.slice(0, lines.indexOf(cutAt) + 1);
    // Edit a document the first half already delivered, and add one.
    const delivered = rowsOf(before).find((r) => r.id.startsWith(`service:${RUN}-`) && r.doc)!;
    const current = await adminGetJson<Record<string, unknown>>(
      server,
      `/catalog/${encodeURIComponent(delivered.id)}`,
    );
    const entry = lines.find((l) => 'entry' in l) as { entry: { _id: string } };
    const entryNow = await adminGetJson<Record<string, unknown>>(
      server,
      `/catalog/${encodeURIComponent(entry.entry._id)}`,
    );
    await bulkWrite(server, [
      { ...current, name: 'Upraveno během stahování' },
      { ...[...syntheticServices(1, 99)][0]!, _id: `service:${RUN}-added-meanwhile` },
      { ...entryNow, note: 'changed meanwhile' },
    ]);

    const { lines: rest } = await getLines(
      server,
      `since=${encodeURIComponent(String(cutAt.seq))}`,
    );
    expect(rest[0]).toMatchObject({ format: 2, since: cutAt.seq });
    // Of the rows delivered before the cut, only those edited meanwhile come again.
    const deliveredIds = new Set(rowsOf(before).map((r) => r.id));
    const again = new Set(rowsOf(rest).flatMap((r) => (deliveredIds.has(r.id) ? [r.id] : [])));
    expect(again.has(delivered.id)).toBe(true);
    expect([...again].filter((id) => id !== delivered.id && id !== entry.entry._id)).toEqual([]);
    const got = applyLines(rest, applyLines(before));
    expect(present(got)).toEqual(await catalogDocs(server));
    expect(got.get(delivered.id)?.name).toBe('Upraveno během stahování');
    expect(got.get(`service:${RUN}-added-meanwhile`)).toBeDefined();
    // The device has the entries from the first attempt: only the one changed meanwhile comes
    // again, as a feed row.
    expect(rest.some((l) => 'entry' in l)).toBe(false);
    expect(got.get(entry.entry._id)).toMatchObject({ note: 'changed meanwhile' });
  });

  it('compresses with brotli when the client accepts it, and only then', async () => {
    const url = `${server.baseUrl}${SNAPSHOT}?since=0`;
    const plain = await rawGet(url, { 'accept-encoding': 'identity' });
    const br = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.bytes * 8).toBeLessThan(plain.bytes);
    // The second full download comes from the cache, byte for byte the same.
    const again = await rawGet(url, { 'accept-encoding': 'br' });
    expect(again.headers['x-snapshot-cache']).toBe('hit');
    expect(again.bytes).toBe(br.bytes);
  });

  // On a CouchDB cluster an unchanged catalogue's update_seq is spelled differently from one
  // request to the next: a cache keyed on its text rebuilt the snapshot for every device.
  it('serves an unchanged catalogue from its cache, and a changed one afresh', async () => {
    const br = { 'accept-encoding': 'br' };
    await getLines(server, 'since=0', br);
    const unchanged = await getLines(server, 'since=0', br);
    expect(unchanged.response.headers.get('x-snapshot-cache')).toBe('hit');
    await getLines(server, 'orp=cesky-krumlov', br);
    const orp = await getLines(server, 'orp=cesky-krumlov', br);
    expect(orp.response.headers.get('x-snapshot-cache')).toBe('hit');

    const id = `service:${RUN}-added-for-cache`;
    const generated = [...syntheticServices(1, 5)][0]!;
    await bulkWrite(server, [
      { ...generated, _id: id, serviceArea: { ...generated.serviceArea, orps: ['cesky-krumlov'] } },
    ]);
    for (const query of ['since=0', 'orp=cesky-krumlov']) {
      const changed = await getLines(server, query, br);
      expect(present(applyLines(changed.lines)).has(id), query).toBe(true);
      const again = await getLines(server, query, br);
      expect(again.response.headers.get('x-snapshot-cache'), query).toBe('hit');
      expect(present(applyLines(again.lines)).has(id), query).toBe(true);
    }
  });

  it("sends one ORP's services and every non-service document in one body", async () => {
    const { lines, response } = await getLines(server, 'orp=cesky-krumlov', {
      'accept-encoding': 'br',
    });
    // Storable (the sync worker reads the page's early response from the HTTP cache), but
    // revalidated before any other use.
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(lines[0]).toMatchObject({ format: 2, orp: 'cesky-krumlov' });
    const catalogue = await catalogDocs(server);
    const expected = [...catalogue.values()].filter(
      (doc) =>
        !doc._id.startsWith('service:') ||
        (doc.status !== 'removed' &&
          (doc.serviceArea as { orps?: string[] } | undefined)?.orps?.includes('cesky-krumlov')),
    );
    const got = present(applyLines(lines));
    expect([...got.keys()].sort()).toEqual(expected.map((doc) => doc._id).sort());
    for (const doc of expected) expect(got.get(doc._id)).toEqual(doc);
    expect(got.size).toBeLessThan(catalogue.size);
  });

  it('refuses a malformed cursor or ORP key', async () => {
    const since = await fetch(`${server.baseUrl}${SNAPSHOT}?since=${'x'.repeat(3000)}`);
    expect(since.status).toBe(400);
    const orp = await fetch(`${server.baseUrl}${SNAPSHOT}?orp=${encodeURIComponent('../x')}`);
    expect(orp.status).toBe(400);
  });

  it('exposes nothing when the catalogue stops being public', async () => {
    const security = await adminGetJson(server, '/catalog/_security');
    await adminFetch(server, '/catalog/_security', {
      method: 'PUT',
      body: JSON.stringify({
        admins: { names: [], roles: ['_admin'] },
        members: { names: [], roles: ['catalog:editor'] },
      }),
    });
    try {
      for (const query of ['since=0', 'orp=cesky-krumlov']) {
        const response = await fetch(`${server.baseUrl}${SNAPSHOT}?${query}`);
        expect(response.status).toBe(403);
        expect(await response.text()).not.toContain('service:');
      }
    } finally {
      await adminFetch(server, '/catalog/_security', {
        method: 'PUT',
        body: JSON.stringify(security),
      });
    }
  });
});
