import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticServices } from '../../../sync-server/src/demo/synthetic-catalog';
import { adminFetch, adminGetJson } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import {
  allParts,
  bulkWrite,
  catalogLeaves,
  getPart,
  leavesOf,
  SNAPSHOT,
  sortedLeafKeys,
} from './snapshot.support';

const GENERATED = 1200;

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
    await bulkWrite(server, [...syntheticServices(GENERATED)]);
    // A conflict: a second branch of one service, written the way replication writes it.
    const first = await adminGetJson<{ _id: string; _rev: string }>(
      server,
      '/catalog/service%3Asynth-000001?revs=true',
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
    const second = await adminGetJson<{ _rev: string }>(server, '/catalog/service%3Asynth-000002');
    await adminFetch(server, `/catalog/service%3Asynth-000002?rev=${second._rev}`, {
      method: 'DELETE',
    });
    await adminFetch(server, '/catalog/_local/secret-marker', {
      method: 'PUT',
      body: JSON.stringify({ secret: 'never-in-a-snapshot' }),
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('holds every leaf revision of the catalogue with its ancestry, and nothing else', async () => {
    const parts = await allParts(server);
    expect(parts.length).toBeGreaterThan(2);
    const got = leavesOf(parts);
    const expected = await catalogLeaves(server);
    expect(sortedLeafKeys(got)).toEqual(sortedLeafKeys(expected));
    for (const [id, revs] of expected) {
      for (const [rev, leaf] of revs) expect(got.get(id)?.get(rev)).toEqual(leaf);
    }
    // The conflict's both branches and the tombstone are there, so replication can go on.
    expect(got.get('service:synth-000001')?.size).toBe(2);
    const tombstone = [...(got.get('service:synth-000002')?.values() ?? [])][0];
    expect(tombstone?._deleted).toBe(true);
    expect(tombstone?._revisions.ids).toHaveLength(2);

    const text = JSON.stringify(parts);
    expect(text).not.toContain('_design/');
    expect(text).not.toContain('_local/');
    expect(text).not.toContain('never-in-a-snapshot');
    expect(text).not.toContain('validate_doc_update');
    // The last part's cursor is the checkpoint replication continues from.
    const info = await adminGetJson<{ update_seq: string | number }>(server, '/catalog');
    expect(String(parts.at(-1)?.last_seq)).toBe(String(info.update_seq));
  });

  it('resumes from a cursor: changes made meanwhile arrive in later parts, none are lost', async () => {
    const { part: first } = await getPart(server, 0);
    expect(first.done).toBe(false);
    // Edit a document the first part already delivered, and add one.
    const already = first.docs.find((d) => d._id.startsWith('service:synth-') && !d._deleted)!;
    const current = await adminGetJson<Record<string, unknown>>(
      server,
      `/catalog/${encodeURIComponent(already._id)}`,
    );
    await bulkWrite(server, [
      { ...current, name: 'Upraveno během stahování' },
      { ...[...syntheticServices(1, 99)][0]!, _id: 'service:added-meanwhile' },
    ]);

    const rest = await allParts(server, first.last_seq);
    const got = leavesOf([first, ...rest]);
    expect(sortedLeafKeys(got)).toEqual(
      // The edited document keeps its old leaf too: bulkDocs(new_edits:false) stores both and the
      // newer one wins, exactly as CouchDB's own tree (old rev is its ancestor).
      sortedLeafKeys(await catalogLeaves(server))
        .concat(`${already._id}@${already._rev}`)
        .sort(),
    );
    expect(got.get('service:added-meanwhile')).toBeDefined();
  });

  it('serves the same part again after a cut, without refetching earlier parts', async () => {
    const { part: first } = await getPart(server, 0);
    const secondUrl = `${server.baseUrl}${SNAPSHOT}?since=${encodeURIComponent(String(first.last_seq))}`;
    const controller = new AbortController();
    const cut = await fetch(secondUrl, { signal: controller.signal });
    const reader = cut.body!.getReader();
    await reader.read();
    controller.abort();
    const { response, part } = await getPart(server, first.last_seq);
    expect(response.status).toBe(200);
    expect(part.since).toEqual(first.last_seq);
    expect(
      part.docs.some((d) => first.docs.some((f) => f._id === d._id && f._rev === d._rev)),
    ).toBe(false);
  });

  it('answers 304 to a matching ETag until the catalogue changes', async () => {
    const { response } = await getPart(server, 0);
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const again = await fetch(`${server.baseUrl}${SNAPSHOT}?since=0`, {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);

    await bulkWrite(server, [{ ...[...syntheticServices(1, 5)][0]!, _id: 'service:etag-change' }]);
    const changed = await fetch(`${server.baseUrl}${SNAPSHOT}?since=0`, {
      headers: { 'If-None-Match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('compresses (brotli, else gzip) only when the client accepts it', async () => {
    const url = `${server.baseUrl}${SNAPSHOT}?since=0`;
    const plain = await rawGet(url, { 'accept-encoding': 'identity' });
    const gzip = await rawGet(url, { 'accept-encoding': 'gzip, deflate' });
    const br = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gzip.bytes * 4).toBeLessThan(plain.bytes);
    expect(br.bytes).toBeLessThan(gzip.bytes);
  });

  it('refuses a malformed cursor', async () => {
    const response = await fetch(`${server.baseUrl}${SNAPSHOT}?since=${'x'.repeat(3000)}`);
    expect(response.status).toBe(400);
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
      const response = await fetch(`${server.baseUrl}${SNAPSHOT}?since=0`);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('service:');
    } finally {
      await adminFetch(server, '/catalog/_security', {
        method: 'PUT',
        body: JSON.stringify(security),
      });
    }
  });
});
