import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type {
  CatalogDoc,
  ChangesPage,
  SnapshotStorage,
} from '../../../../sync-server/src/couch/snapshot.storage';
import {
  isSnapshotDoc,
  parseOrp,
  parseSince,
  servesOrp,
  SnapshotService,
} from '../../../../sync-server/src/services/snapshot.service';

describe('snapshot service helpers', () => {
  it('never lets design or local documents out', () => {
    expect(isSnapshotDoc('service:a')).toBe(true);
    expect(isSnapshotDoc('_design/validation')).toBe(false);
    expect(isSnapshotDoc('_local/x')).toBe(false);
  });

  it('takes a cursor as a number when it is one, else as the opaque string CouchDB 3 uses', () => {
    expect(parseSince(undefined)).toBe(0);
    expect(parseSince('42')).toBe(42);
    expect(parseSince('12-g1AAAA')).toBe('12-g1AAAA');
    expect(parseSince(['1', '2'])).toBeUndefined();
    expect(parseSince('x'.repeat(2001))).toBeUndefined();
  });

  it('accepts an ORP key only as a lower-case slug', () => {
    expect(parseOrp('cesky-krumlov')).toBe('cesky-krumlov');
    expect(parseOrp('Český Krumlov')).toBeUndefined();
    expect(parseOrp(['a'])).toBeUndefined();
  });

  it('puts a service into an ORP snapshot when it serves the ORP and is not removed', () => {
    const doc = { _id: 'service:a', serviceArea: { orps: ['tabor', 'pisek'] } };
    expect(servesOrp(doc, 'pisek')).toBe(true);
    expect(servesOrp(doc, 'strakonice')).toBe(false);
    expect(servesOrp({ ...doc, status: 'removed' }, 'pisek')).toBe(false);
    expect(servesOrp({ _id: 'service:b' }, 'pisek')).toBe(false);
  });
});

/**
 * A catalogue that writes every sequence differently each time it is read, as a CouchDB cluster
 * does (its `update_seq` names whichever shard copies answered): only the number before the
 * dash is the point in the feed.
 */
class ClusterLikeStorage implements SnapshotStorage {
  docs: CatalogDoc[] = [];
  pagesRead = 0;

  #spell(n: number): string {
    return `${n}-${Math.random().toString(36).slice(2)}`;
  }

  write(doc: CatalogDoc): void {
    this.docs = [...this.docs.filter((d) => d._id !== doc._id), doc];
  }

  info() {
    return Promise.resolve({
      updateSeq: this.#spell(this.docs.length),
      docCount: this.docs.length,
      delCount: 0,
    });
  }

  changes(since: string | number, limit: number): Promise<ChangesPage> {
    this.pagesRead++;
    const from = Number(String(since).split('-')[0]);
    const rows = this.docs
      .map((doc, i) => ({ seq: this.#spell(i + 1), id: doc._id, deleted: false, doc }))
      .slice(from, from + limit);
    const last = rows.length > 0 ? from + rows.length : from;
    return Promise.resolve({ rows, lastSeq: this.#spell(last), pending: this.docs.length - last });
  }

  changedSince(since: string | number): Promise<boolean> {
    return Promise.resolve(Number(String(since).split('-')[0]) < this.docs.length);
  }

  docsOutside(): Promise<CatalogDoc[]> {
    return Promise.resolve([]);
  }
}

describe('snapshot caches on a cluster, where the same sequence is spelled differently', () => {
  const service = (id: string) => ({
    _id: `service:${id}`,
    name: id,
    serviceArea: { orps: ['tabor'] },
  });

  it('serves an unchanged catalogue from the cache, and a changed one afresh', async () => {
    const storage = new ClusterLikeStorage();
    storage.write(service('a'));
    const snapshots = new SnapshotService(storage);
    await snapshots.buildFull();
    const built = await snapshots.cachedFull();
    expect(built).toBeDefined();
    expect(await snapshots.cachedFull()).toBe(built);

    storage.write(service('b'));
    expect(await snapshots.cachedFull()).toBeUndefined();
    await snapshots.buildFull();
    const rebuilt = await snapshots.cachedFull();
    expect(rebuilt).toBeDefined();
    expect(rebuilt).not.toBe(built);
  });

  it("answers an unchanged ORP's snapshot from the cache without reading the feed again", async () => {
    const storage = new ClusterLikeStorage();
    storage.write(service('a'));
    const snapshots = new SnapshotService(storage);
    expect((await snapshots.orp('tabor')).fromCache).toBe(false);
    const pages = storage.pagesRead;
    expect((await snapshots.orp('tabor')).fromCache).toBe(true);
    expect(storage.pagesRead).toBe(pages);

    storage.write(service('b'));
    const after = await snapshots.orp('tabor');
    expect(after.fromCache).toBe(false);
    expect(brotliDecompressSync(new Uint8Array(after.body)).toString()).toContain('service:b');
  });
});
