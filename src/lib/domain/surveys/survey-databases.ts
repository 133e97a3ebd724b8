/**
 * The two per-ORP survey databases by name: `orp-<orp>-surveys` (definitions, coordinators
 * write) and `orp-<orp>-survey-answers` (answers, only sync-server writes). ORP codes hold no
 * hyphen (roles.ts), so the name splits unambiguously.
 */
import { isOrpCode } from '../roles';

export type SurveyDbKind = 'surveys' | 'survey-answers';

export interface ParsedSurveyDb {
  kind: SurveyDbKind;
  orp: string;
}

/** Reads `orp-<orp>-surveys` / `orp-<orp>-survey-answers` (the last path segment counts). */
export function parseSurveyDbName(db: string | undefined): ParsedSurveyDb | undefined {
  if (!db) return undefined;
  const parts = db.split('/');
  const match = /^orp-([a-z][a-z0-9]*)-(surveys|survey-answers)$/.exec(
    parts[parts.length - 1] ?? '',
  );
  if (!match?.[1] || !isOrpCode(match[1])) return undefined;
  return { orp: match[1], kind: match[2] as SurveyDbKind };
}
