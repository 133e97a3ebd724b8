import { E2E_ADMIN, E2E_ORIGIN } from './e2e.env';

const auth = `Basic ${Buffer.from(`${E2E_ADMIN.user}:${E2E_ADMIN.password}`).toString('base64')}`;

export interface StoredAnswer {
  _id: string;
  channel: string;
  answers: Record<string, unknown>;
  receivedOn: string;
}

/** Answers to `survey` that people sent (the generated demo answers left out), as admin. */
export async function sentAnswers(orp: string, survey: string): Promise<StoredAnswer[]> {
  const prefix = `answer:${survey}:`;
  const query = new URLSearchParams({
    include_docs: 'true',
    startkey: JSON.stringify(prefix),
    endkey: JSON.stringify(`${prefix}\ufff0`),
  });
  const response = await fetch(`${E2E_ORIGIN}/db/orp-${orp}-survey-answers/_all_docs?${query}`, {
    headers: { authorization: auth },
  });
  if (!response.ok) throw new Error(`answers: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { rows: { doc: StoredAnswer }[] };
  return body.rows.map((row) => row.doc).filter((doc) => !doc._id.startsWith(`${prefix}demo-`));
}
