import type { CatalogDoc } from '../../../src/lib/domain/catalog/catalog.types';
import { ORPS } from '../../../src/lib/domain/catalog/data/territory.data';
import { slugify } from '../../../src/lib/domain/catalog/ids';
import { lifeSituationDocs } from '../../../src/lib/domain/catalog/life-situations';
import type { ServiceDoc } from '../../../src/lib/domain/catalog/service.types';
import type {
  PlanningOrpDoc,
  WorkingGroupDoc,
} from '../../../src/lib/domain/planning/planning.types';
import { taxonomyDocs } from '../../../src/lib/domain/catalog/taxonomy';
import { territoryDocs } from '../../../src/lib/domain/catalog/territory';
import { DEMO_PROVIDERS, PROFILES, PROVIDERS_BY_TYPE, providerGroupOf } from './demo-profiles.data';
import { demoPlanningDocs } from './planning.demo';
import { generateService } from './service-generator';
import { createRng } from './seeded-random';

/** Fixed so the demo set is byte-identical on every start (stable revisions). */
const DEMO_UPDATED_AT = '2026-11-01T00:00:00.000Z';
const DEMO_SEED = 20261101;

/**
 * The demo services: fictional organisations (names end "(ukázka)", `demo: true`) in real
 * municipalities of ORP Český Krumlov and ORP Dačice, generated deterministically from curated
 * Czech building blocks (demo-profiles.data.ts).
 */
export function demoServices(): ServiceDoc[] {
  const rng = createRng(DEMO_SEED);
  const services: ServiceDoc[] = [];
  const usedIds = new Set<string>();
  const usedNames = new Set<string>();
  ORPS.forEach((orp, orpIndex) => {
    const local = DEMO_PROVIDERS.filter((p) => p.orp === orp.key || p.orp === 'both');
    // The ORP's seat first, then the larger towns, so services cluster where people live.
    const towns = orp.municipalities.slice(0, 8);
    for (const profile of PROFILES) {
      const count = profile.count[orpIndex] ?? 0;
      const group = PROVIDERS_BY_TYPE[providerGroupOf(profile.type)] ?? [];
      const providers = local.filter((p) => group.includes(p.slug));
      const usedTowns = new Set<string>();
      for (let i = 0; i < count; i++) {
        // One service of a kind per town: two "Pečovatelská služba Dačice" would read as a bug.
        const candidates = towns.filter((t) => !usedTowns.has(t.key));
        const municipality = i === 0 ? towns[0]! : rng.pick(candidates);
        usedTowns.add(municipality.key);
        let name = profile.names[(i + orpIndex) % profile.names.length]!.replace(
          '{town}',
          municipality.name,
        );
        if (usedNames.has(name)) name = `${name} – ${municipality.name}`;
        usedNames.add(name);
        let id = `service:demo-${slugify(name)}`;
        for (let n = 2; usedIds.has(id); n++) id = `service:demo-${slugify(name)}-${n}`;
        usedIds.add(id);
        services.push(
          generateService(
            {
              id,
              profile,
              name,
              orpKey: orp.key,
              municipality,
              orpMunicipalities: orp.municipalities,
              provider: rng.pick(providers.length > 0 ? providers : local),
              updatedAt: DEMO_UPDATED_AT,
            },
            rng,
          ),
        );
      }
    }
  });
  return services;
}

/**
 * What the app needs in `catalog` whatever DEMO_DATA says: taxonomies, life situations and the
 * territory tree (real reference data, not demo).
 */
export function referenceCatalogDocs(): CatalogDoc[] {
  return [
    ...taxonomyDocs(DEMO_UPDATED_AT),
    ...lifeSituationDocs(DEMO_UPDATED_AT),
    ...territoryDocs(DEMO_UPDATED_AT),
  ];
}

/** The fictional part (DEMO_DATA=on): demo services and the demo ORPs' public records. */
export function demoOnlyCatalogDocs(): (ServiceDoc | PlanningOrpDoc | WorkingGroupDoc)[] {
  return [...demoServices(), ...demoPlanningDocs(DEMO_UPDATED_AT)];
}

/** Everything provisioning writes into `catalog` on a first start with DEMO_DATA=on. */
export function demoCatalogDocs(): (CatalogDoc | PlanningOrpDoc | WorkingGroupDoc)[] {
  return [...referenceCatalogDocs(), ...demoOnlyCatalogDocs()];
}
