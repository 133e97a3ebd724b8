import { planDbName } from '$lib/domain/roles';
import type { AnyDoc } from '$lib/domain/validation/validation.types';
import { saveMemberDoc, saveMemberDocs, type Writer } from './member.repository';

/**
 * Writes to an ORP plan's local replica `orp-<orp>-plan`. Each write is validated first with
 * the plan database's own rules (src/lib/domain/plan/plan.validation.ts), as CouchDB will.
 */
export type { Writer };

export function savePlanDoc(orp: string, doc: AnyDoc, writer: Writer): Promise<string> {
  return saveMemberDoc(planDbName(orp), doc, writer);
}

/** All validated first; nothing is written when any is refused (approve all, open a year). */
export function savePlanDocs(orp: string, docs: readonly AnyDoc[], writer: Writer): Promise<void> {
  return saveMemberDocs(planDbName(orp), docs, writer);
}
