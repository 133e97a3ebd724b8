import { db } from './app.db';

/**
 * Device-only: what a member typed into a form and has not saved yet, one row per user and
 * form (`scope`: database, document and field set). Never replicated; deleted when the form is
 * saved, when the person discards it, or when the user deletes this device's copy at sign-out.
 * Keyed by user, so the next person who signs in on a shared device never sees it.
 */
export interface DraftRow {
  /** `<user>|<scope>` */
  key: string;
  user: string;
  scope: string;
  values: Record<string, string>;
  /** Where the form lives (a path), for the "draft left behind" notice. */
  path: string;
  updatedAt: string;
}

const draftKey = (user: string, scope: string) => `${user}|${scope}`;

export async function getDraft(user: string, scope: string): Promise<DraftRow | undefined> {
  return db.drafts.get(draftKey(user, scope));
}

export async function putDraft(row: Omit<DraftRow, 'key'>): Promise<void> {
  await db.drafts.put({ ...row, key: draftKey(row.user, row.scope) });
}

export async function deleteDraft(user: string, scope: string): Promise<void> {
  await db.drafts.delete(draftKey(user, scope));
}

export async function countUserDrafts(user: string): Promise<number> {
  return db.drafts.where('user').equals(user).count();
}

/** Every draft of one user (sign-out that deletes the device's copy). */
export async function deleteUserDrafts(user: string): Promise<void> {
  await db.drafts.where('user').equals(user).delete();
}

export async function clearDrafts(): Promise<void> {
  await db.drafts.clear();
}
