/**
 * Territory tree: region (kraj) → ORP (obec s rozšířenou působností) → municipality (obec).
 * Ids: `territory:<level>:<key>`.
 */
export type TerritoryLevel = 'region' | 'orp' | 'municipality';

export interface TerritoryDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type: 'territory';
  level: TerritoryLevel;
  key: string;
  name: string;
  /** Id of the parent territory document; absent for a region. */
  parent?: string;
  /** Centre point, for maps and distance sorting. */
  geo?: { lat: number; lon: number };
  postcode?: string;
  /** Registry code where known (e.g. "Kraj/35"); used to match registry addresses. */
  rpssCode?: string;
  updatedAt: string;
}

export const TERRITORY_ID_PREFIX = 'territory:';

export function territoryId(level: TerritoryLevel, key: string): string {
  return `${TERRITORY_ID_PREFIX}${level}:${key}`;
}
