import { E2E_ADMIN, E2E_ORIGIN } from './e2e.env';

const auth = `Basic ${Buffer.from(`${E2E_ADMIN.user}:${E2E_ADMIN.password}`).toString('base64')}`;

export interface StoredReport {
  _id: string;
  serviceId: string;
  message: string;
  status: string;
}

/** The reports the server stored, read as admin through the /db proxy. */
export async function storedReports(): Promise<StoredReport[]> {
  const response = await fetch(`${E2E_ORIGIN}/db/reports/_all_docs?include_docs=true`, {
    headers: { authorization: auth },
  });
  if (!response.ok) throw new Error(`reports: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { rows: { doc: StoredReport }[] };
  return body.rows.map((row) => row.doc).filter((doc) => doc._id.startsWith('report:'));
}
