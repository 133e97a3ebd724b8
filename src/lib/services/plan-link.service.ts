/**
 * Links a meeting's agenda item, decision or task to a plan activity (`activityId`), or
 * unlinks it. One small write to the group document; validated like any group write.
 */
import type { AgendaItemDoc, DecisionDoc, TaskDoc } from '$lib/domain/groups/group.types';
import type { AnyDoc } from '$lib/domain/validation/validation.types';
import { saveGroupDoc, type Writer } from '$lib/data/pouch/group.repository';
import { touched } from './authorship';

export type LinkableDoc = AgendaItemDoc | DecisionDoc | TaskDoc;

export async function linkActivity(
  db: string,
  doc: LinkableDoc,
  activityId: string | undefined,
  writer: Writer,
): Promise<void> {
  const { activityId: _old, _conflicts: _c, ...rest } = doc;
  const next = touched({ ...rest, ...(activityId ? { activityId } : {}) }, writer);
  await saveGroupDoc(db, next as unknown as AnyDoc, writer);
}
