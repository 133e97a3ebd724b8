import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  markRemoved,
  mergeRegistryService,
  REGISTRY_FIELDS,
  type RegistryServiceData,
} from '../../../../../src/lib/domain/catalog/curated-merge';
import type { ServiceDoc } from '../../../../../src/lib/domain/catalog/service.types';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-02-01T00:00:00.000Z';
const T2 = '2026-03-01T00:00:00.000Z';

const text = fc.string({ minLength: 1, maxLength: 12 });
const incomingArb: fc.Arbitrary<RegistryServiceData> = fc.record({
  _id: fc.constant('service:rpss-1'),
  registryIdentifier: fc.constant('1'),
  name: text,
  provider: fc.record({
    name: text,
    ico: fc.option(fc.stringMatching(/^\d{8}$/), { nil: undefined }),
  }),
  serviceType: fc.record({ section: fc.constantFrom('40', '49', '57'), name: text }),
  description: fc.option(text, { nil: undefined }),
  targetGroups: fc.option(fc.uniqueArray(fc.constantFrom('seniori', 'pecujici', 'demence')), {
    nil: undefined,
  }),
  forms: fc.option(
    fc.array(
      fc.record({
        form: fc.constantFrom('pob' as const, 'amb' as const, 'ter' as const),
        capacities: fc.array(
          fc.record({
            kind: fc.constant('registered-maximum' as const),
            max: fc.nat(500),
            unit: fc.constant('klient' as const),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 2 },
    ),
    { nil: undefined },
  ),
});

/** Local-only fields an editor adds; an import must never touch them. */
const curatedArb = fc.record({
  plainDescription: text,
  lifeSituations: fc.uniqueArray(text, { maxLength: 3 }),
  eligibility: text,
  lastVerified: fc.constant('2026-01-15'),
});

const editableField = fc.constantFrom('name', 'description', 'targetGroups');

describe('mergeRegistryService (curated-field merge)', () => {
  it('is idempotent: importing the same record twice changes nothing the second time', () => {
    fc.assert(
      fc.property(incomingArb, (incoming) => {
        const first = mergeRegistryService(undefined, incoming, T0);
        expect(first.changed).toBe(true);
        const second = mergeRegistryService(first.doc, incoming, T1);
        expect(second.changed).toBe(false);
        expect(second.doc).toBe(first.doc);
      }),
    );
  });

  it('never changes locally curated fields, whatever the registry says', () => {
    fc.assert(
      fc.property(incomingArb, incomingArb, curatedArb, (a, b, curated) => {
        const imported = mergeRegistryService(undefined, a, T0).doc;
        const edited: ServiceDoc = { ...imported, ...curated };
        const merged = mergeRegistryService(edited, b, T1).doc;
        expect(merged.plainDescription).toBe(curated.plainDescription);
        expect(merged.lifeSituations).toEqual(curated.lifeSituations);
        expect(merged.eligibility).toBe(curated.eligibility);
        expect(merged.lastVerified).toBe(curated.lastVerified);
      }),
    );
  });

  it('keeps a registry field an editor changed, across any number of re-imports', () => {
    fc.assert(
      fc.property(
        incomingArb,
        fc.array(incomingArb, { minLength: 1, maxLength: 3 }),
        editableField,
        text,
        (a, later, field, value) => {
          const imported = mergeRegistryService(undefined, a, T0).doc;
          const localValue = field === 'targetGroups' ? [`local-${value}`] : `local-${value}`;
          let doc: ServiceDoc = { ...imported, [field]: localValue };
          for (const next of later) doc = mergeRegistryService(doc, next, T2).doc;
          expect(doc[field]).toEqual(localValue);
        },
      ),
    );
  });

  it('takes the registry value for every field nobody edited', () => {
    fc.assert(
      fc.property(incomingArb, incomingArb, (a, b) => {
        const imported = mergeRegistryService(undefined, a, T0).doc;
        const merged = mergeRegistryService(imported, b, T1).doc;
        for (const field of REGISTRY_FIELDS) expect(merged[field]).toEqual(b[field]);
        expect(merged.source?.kind).toBe('registry');
      }),
    );
  });

  it('revives a tombstoned service that is back in the registry', () => {
    fc.assert(
      fc.property(incomingArb, (a) => {
        const imported = mergeRegistryService(undefined, a, T0).doc;
        const removed = markRemoved(imported, 'disappeared', T1).doc;
        expect(removed.status).toBe('removed');
        const back = mergeRegistryService(removed, a, T2);
        expect(back.changed).toBe(true);
        expect(back.doc.status).toBe('active');
        expect(back.doc.removed).toBeUndefined();
      }),
    );
  });
});

describe('markRemoved', () => {
  it('writes an explicit tombstone once and keeps the document', () => {
    const doc = mergeRegistryService(
      undefined,
      {
        _id: 'service:rpss-9',
        registryIdentifier: '9',
        name: 'Azylový dům',
        provider: { name: 'Spolek' },
        serviceType: { section: '57', name: 'Azylové domy' },
      },
      T0,
    ).doc;
    const first = markRemoved(doc, 'ended', T1);
    expect(first.changed).toBe(true);
    expect(first.doc).toMatchObject({
      status: 'removed',
      removed: { at: T1, reason: 'ended' },
      name: 'Azylový dům',
    });
    expect(markRemoved(first.doc, 'disappeared', T2).changed).toBe(false);
  });
});
