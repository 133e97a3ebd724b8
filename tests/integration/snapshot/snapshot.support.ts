/** Helpers for the snapshot endpoint tests: read parts, and what the catalogue holds now. */
import { adminFetch, adminGetJson } from '../support/couch';
import type { TestServer } from '../support/server';

export interface Part {
  format: number;
  since: string | number;
  last_seq: string | number;
  rows: number;
  total: number;
  done: boolean;
  docs: Leaf[];
}

export type Leaf = Record<string, unknown> & {
  _id: string;
  _rev: string;
  _revisions: { start: number; ids: string[] };
};

export const SNAPSHOT = '/api/catalog/snapshot';

export async function getPart(
  server: TestServer,
  since: string | number,
  headers: Record<string, string> = {},
): Promise<{ response: Response; part: Part }> {
  const response = await fetch(
    `${server.baseUrl}${SNAPSHOT}?since=${encodeURIComponent(String(since))}`,
    { headers },
  );
  if (response.status !== 200) throw new Error(`snapshot answered ${response.status}`);
  return { response, part: (await response.json()) as Part };
}

/** Every part from `since` to the end, as a client would fetch them. */
export async function allParts(server: TestServer, since: string | number = 0): Promise<Part[]> {
  const parts: Part[] = [];
  let cursor = since;
  for (;;) {
    const { part } = await getPart(server, cursor);
    parts.push(part);
    if (part.done) return parts;
    cursor = part.last_seq;
  }
}

/** id → rev → leaf, the last occurrence winning (as bulkDocs new_edits:false would store). */
export function leavesOf(parts: readonly Part[]): Map<string, Map<string, Leaf>> {
  const byId = new Map<string, Map<string, Leaf>>();
  for (const part of parts) {
    for (const doc of part.docs) {
      const revs = byId.get(doc._id) ?? new Map<string, Leaf>();
      revs.set(doc._rev, doc);
      byId.set(doc._id, revs);
    }
  }
  return byId;
}

/** What the catalogue holds, read as admin: every leaf of every non-design document. */
export async function catalogLeaves(server: TestServer): Promise<Map<string, Map<string, Leaf>>> {
  const changes = await adminGetJson<{
    results: { id: string; changes: { rev: string }[] }[];
  }>(server, '/catalog/_changes?style=all_docs');
  const wanted = changes.results
    .filter((r) => !r.id.startsWith('_design/'))
    .flatMap((r) => r.changes.map((c) => ({ id: r.id, rev: c.rev })));
  const response = await adminFetch(server, '/catalog/_bulk_get?revs=true', {
    method: 'POST',
    body: JSON.stringify({ docs: wanted }),
  });
  const body = (await response.json()) as {
    results: { docs: { ok?: Leaf }[] }[];
  };
  return leavesOf([
    {
      format: 1,
      since: 0,
      last_seq: 0,
      rows: 0,
      total: 0,
      done: true,
      docs: body.results.flatMap((r) => r.docs.flatMap((d) => (d.ok ? [d.ok] : []))),
    },
  ]);
}

/** Live leaves only: what remains after later revisions replaced earlier ones on the server. */
export function sortedLeafKeys(leaves: Map<string, Map<string, Leaf>>): string[] {
  return [...leaves.entries()]
    .flatMap(([id, revs]) => [...revs.keys()].map((rev) => `${id}@${rev}`))
    .sort();
}

export async function bulkWrite(
  server: TestServer,
  docs: object[],
  newEdits = true,
): Promise<void> {
  const response = await adminFetch(server, '/catalog/_bulk_docs', {
    method: 'POST',
    body: JSON.stringify({ docs, new_edits: newEdits }),
  });
  const result = (await response.json()) as { error?: string }[];
  const failed = Array.isArray(result) ? result.filter((r) => r.error) : [result];
  if (!response.ok || failed.length > 0) {
    throw new Error(`_bulk_docs failed: ${response.status} ${JSON.stringify(failed.slice(0, 2))}`);
  }
}
