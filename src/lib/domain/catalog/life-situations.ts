import seeds from './data/life-situations.json';
import { lifeSituationId, type LifeSituationDoc } from './life-situation.types';

interface LifeSituationSeed {
  key: string;
  cs: string;
  en: string;
  /** [service-type key, why (cs), why (en)] */
  types: [string, string, string][];
  groups: string[];
  keywords: string[];
}

const SEEDS = seeds as LifeSituationSeed[];

export function lifeSituationDocs(updatedAt: string): LifeSituationDoc[] {
  return SEEDS.map((s, order) => ({
    _id: lifeSituationId(s.key),
    type: 'life-situation',
    key: s.key,
    title: { cs: s.cs, en: s.en },
    serviceTypes: s.types.map(([key, cs, en]) => ({ key, why: { cs, en } })),
    targetGroups: [...s.groups],
    keywords: [...s.keywords],
    order,
    updatedAt,
  }));
}

/** Life-situation keys whose mappings include the given service type: used to tag services. */
export function lifeSituationsForServiceType(typeKey: string): string[] {
  return SEEDS.filter((s) => s.types.some(([key]) => key === typeKey)).map((s) => s.key);
}
