import { E2E_ADMIN, E2E_ORIGIN } from './e2e.env';

/** Server-side edits as the catalogue's admin, through the same /db proxy the app uses. */
const auth = `Basic ${Buffer.from(`${E2E_ADMIN.user}:${E2E_ADMIN.password}`).toString('base64')}`;
const catalogUrl = `${E2E_ORIGIN}/db/catalog`;

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${catalogUrl}/${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

export type Doc = { _id: string; _rev?: string; name?: string; [key: string]: unknown };

export function getDoc(id: string): Promise<Doc> {
  return request<Doc>('GET', encodeURIComponent(id));
}

/** Saves a document and returns its new revision. */
export async function putDoc(doc: Doc): Promise<string> {
  const result = await request<{ rev: string }>('PUT', encodeURIComponent(doc._id), doc);
  return result.rev;
}

export async function deleteDoc(id: string, rev: string): Promise<void> {
  await request('DELETE', `${encodeURIComponent(id)}?rev=${encodeURIComponent(rev)}`);
}

/** Ids of the service documents the server holds now. */
export async function serviceIds(): Promise<string[]> {
  const query = `_all_docs?startkey=${encodeURIComponent('"service:"')}&endkey=${encodeURIComponent('"service:\ufff0"')}`;
  const result = await request<{ rows: { id: string }[] }>('GET', query);
  return result.rows.map((row) => row.id);
}
