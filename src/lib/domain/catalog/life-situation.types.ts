/**
 * A life situation, in plain Czech from the client's point of view ("Přišel jsem o bydlení").
 * Each maps to service types (each with one sentence shown to the user on why such a service
 * helps), to target groups and to search keywords.
 */
export interface LifeSituationDoc {
  _id: string; // `life-situation:<key>`
  _rev?: string;
  _deleted?: boolean;
  type: 'life-situation';
  key: string;
  title: { cs: string; en: string };
  serviceTypes: LifeSituationMapping[];
  /** Target-group keys the situation concerns. */
  targetGroups: string[];
  /** Words people type when they are in this situation (lower case, Czech). */
  keywords: string[];
  order: number;
  updatedAt: string;
}

export interface LifeSituationMapping {
  /** Service-type taxonomy key, e.g. "40". */
  key: string;
  /** One sentence: why this kind of service helps in this situation. */
  why: { cs: string; en: string };
}

export const LIFE_SITUATION_ID_PREFIX = 'life-situation:';

export function lifeSituationId(key: string): string {
  return `${LIFE_SITUATION_ID_PREFIX}${key}`;
}
