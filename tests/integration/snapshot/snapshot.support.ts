/** Helpers for the snapshot endpoint tests: read the stream, and what the catalogue holds now. */
import { adminFetch, adminGetJson, allCopiesQuery } from '../support/couch';
import type { TestServer } from '../support/server';

export const SNAPSHOT = '/api/catalog/snapshot';

export type Doc = Record<string, unknown> & { _id: string; _rev?: string };

export type Line =
  | { format: number; since?: string | number; orp?: string; total: number }
  | { entry: Doc }
  | { seq?: string | number; id: string; doc?: Doc; deleted?: true }
  | { done: true; last_seq?: string | number };

export async function getLines(
  server: TestServer,
  query: string,
  headers: Record<string, string> = {},
): Promise<{ response: Response; lines: Line[] }> {
  const response = await fetch(`${server.baseUrl}${SNAPSHOT}?${query}`, { headers });
  if (response.status !== 200) throw new Error(`snapshot answered ${response.status}`);
  const text = await response.text();
  return {
    response,
    lines: text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Line),
  };
}

/** id → document (undefined when deleted), applying lines in order as the app does. */
export function applyLines(lines: readonly Line[], into = new Map<string, Doc | undefined>()) {
  for (const line of lines) {
    if ('entry' in line) into.set(line.entry._id, line.entry);
    else if ('id' in line) into.set(line.id, line.deleted ? undefined : line.doc);
  }
  return into;
}

export function rowsOf(lines: readonly Line[]) {
  return lines.filter((l): l is Extract<Line, { id: string }> => 'id' in l);
}

export function endOf(lines: readonly Line[]) {
  const last = lines.at(-1);
  if (!last || !('done' in last)) throw new Error('stream did not end with done');
  return last;
}

/** What the catalogue holds, read as admin: the winning revision of every non-design document. */
export async function catalogDocs(server: TestServer): Promise<Map<string, Doc>> {
  const body = await adminGetJson<{ rows: { id: string; doc: Doc }[] }>(
    server,
    '/catalog/_all_docs?include_docs=true',
  );
  return new Map(
    body.rows
      .filter((r) => !r.id.startsWith('_design/'))
      .map((r) => {
        const { _rev: _ignored, ...doc } = r.doc;
        return [r.id, doc as Doc];
      }),
  );
}

/** Documents that exist (drops deletions), for comparing with the catalogue. */
export function present(docs: Map<string, Doc | undefined>): Map<string, Doc> {
  return new Map([...docs].filter((e): e is [string, Doc] => e[1] !== undefined));
}

export async function bulkWrite(
  server: TestServer,
  docs: object[],
  newEdits = true,
): Promise<void> {
  // Every copy: the snapshot reads the feed of whichever copies answer (see allCopiesQuery).
  const query = await allCopiesQuery(server, 'catalog');
  const response = await adminFetch(server, `/catalog/_bulk_docs${query}`, {
    method: 'POST',
    body: JSON.stringify({ docs, new_edits: newEdits }),
  });
  const result = (await response.json()) as { error?: string }[];
  const failed = Array.isArray(result) ? result.filter((r) => r.error) : [result];
  if (!response.ok || failed.length > 0) {
    throw new Error(`_bulk_docs failed: ${response.status} ${JSON.stringify(failed.slice(0, 2))}`);
  }
}
