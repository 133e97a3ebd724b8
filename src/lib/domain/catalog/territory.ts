import { ORPS, REGION, type MunicipalitySeed } from './data/territory.data';
import { territoryId, type TerritoryDoc } from './territory.types';

export function territoryDocs(updatedAt: string): TerritoryDoc[] {
  const regionId = territoryId('region', REGION.key);
  const docs: TerritoryDoc[] = [
    {
      _id: regionId,
      type: 'territory',
      level: 'region',
      key: REGION.key,
      name: REGION.name,
      geo: { lat: REGION.lat, lon: REGION.lon },
      rpssCode: REGION.rpssCode,
      updatedAt,
    },
  ];
  for (const orp of ORPS) {
    const orpId = territoryId('orp', orp.key);
    docs.push({
      _id: orpId,
      type: 'territory',
      level: 'orp',
      key: orp.key,
      name: orp.name,
      parent: regionId,
      geo: { lat: orp.lat, lon: orp.lon },
      updatedAt,
    });
    for (const m of orp.municipalities) {
      docs.push({
        _id: territoryId('municipality', m.key),
        type: 'territory',
        level: 'municipality',
        key: m.key,
        name: m.name,
        parent: orpId,
        geo: { lat: m.lat, lon: m.lon },
        postcode: m.postcode,
        updatedAt,
      });
    }
  }
  return docs;
}

export interface MunicipalityWithOrp extends MunicipalitySeed {
  orpKey: string;
}

export function municipalitiesOf(orpKey: string): readonly MunicipalitySeed[] {
  return ORPS.find((o) => o.key === orpKey)?.municipalities ?? [];
}

/** Find a known municipality by its Czech name (exact, case-insensitive). */
export function findMunicipalityByName(name: string): MunicipalityWithOrp | undefined {
  const wanted = name.trim().toLowerCase();
  for (const orp of ORPS) {
    const m = orp.municipalities.find((x) => x.name.toLowerCase() === wanted);
    if (m) return { ...m, orpKey: orp.key };
  }
  return undefined;
}
