import { liveQuery } from 'dexie';
import { db, type SurveyDefinitionRow, type SurveyOutboxRow } from './app.db';

export type { SurveyDefinitionRow, SurveyOutboxRow };

const TOKEN_KEY = 'survey-device-token';

/** Keeps a survey's definition on the device, so a field worker can fill it offline. */
export async function saveSurveyDefinition(key: string, survey: unknown): Promise<void> {
  await db.surveyDefinitions.put({ key, survey, savedAt: new Date().toISOString() });
}

export function observeSurveyDefinition(
  key: string,
  onValue: (row: SurveyDefinitionRow | undefined) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => db.surveyDefinitions.get(key)).subscribe({
    next: onValue,
    error: onError,
  });
  return () => subscription.unsubscribe();
}

/** The device token from `POST /api/surveys/token`, kept so a device asks for one only once. */
export async function saveSurveyToken(token: string | undefined): Promise<void> {
  if (token === undefined) await db.meta.delete(TOKEN_KEY);
  else await db.meta.put({ key: TOKEN_KEY, value: token });
}

export function observeSurveyToken(
  onValue: (token: string | undefined) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(async () => {
    const row = await db.meta.get(TOKEN_KEY);
    return typeof row?.value === 'string' ? row.value : undefined;
  }).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}

export async function addToSurveyOutbox(
  row: Omit<SurveyOutboxRow, 'id' | 'attempts' | 'createdAt'>,
): Promise<number> {
  const id = await db.surveyOutbox.add({
    ...row,
    createdAt: new Date().toISOString(),
    attempts: 0,
  });
  return id as number;
}

export async function removeFromSurveyOutbox(id: number): Promise<void> {
  await db.surveyOutbox.delete(id);
}

/** Counts an attempt with its error; `refused` marks a final refusal (kept, shown, not resent). */
export async function markSurveyOutboxAttempt(
  id: number,
  lastError: string | undefined,
  refused = false,
): Promise<void> {
  await db.surveyOutbox
    .where('id')
    .equals(id)
    .modify((row) => {
      row.attempts += 1;
      if (lastError === undefined) delete row.lastError;
      else row.lastError = lastError;
      if (refused) row.refused = true;
    });
}

export function observeSurveyOutbox(
  onValue: (rows: SurveyOutboxRow[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => db.surveyOutbox.orderBy('createdAt').toArray()).subscribe({
    next: onValue,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
