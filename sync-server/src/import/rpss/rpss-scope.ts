import type { ServiceDoc } from '../../../../src/lib/domain/catalog/service.types';
import type { RecordScope } from './rpss.mapper';

/** --region / --orp: a registry code ("Kraj/35" or "35") or, for ORPs, our territory key. */
export interface ScopeFilter {
  region?: string;
  orp?: string;
}

function codeMatches(code: string, wanted: string): boolean {
  return code === wanted || code.endsWith(`/${wanted}`);
}

export function inScope(scope: RecordScope, filter: ScopeFilter): boolean {
  if (filter.region && !scope.regionCodes.some((c) => codeMatches(c, filter.region!))) return false;
  if (
    filter.orp &&
    !scope.orpKeys.includes(filter.orp) &&
    !scope.orpCodes.some((c) => codeMatches(c, filter.orp!))
  ) {
    return false;
  }
  return true;
}

/** The scope of a stored service, so a filtered import only tombstones what it could have seen. */
export function docScope(doc: ServiceDoc): RecordScope {
  const regionCodes: string[] = [];
  for (const l of doc.locations ?? []) {
    const code = l.address?.regionCode;
    if (code && !regionCodes.includes(code)) regionCodes.push(code);
  }
  return {
    regionCodes,
    orpCodes: [...(doc.serviceArea?.registryCodes ?? [])],
    orpKeys: [...(doc.serviceArea?.orps ?? [])],
  };
}
