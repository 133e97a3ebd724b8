import { describe, expect, it } from 'vitest';
import { foldForSearch, planServiceBatch, toServiceRow } from '$lib/data/catalog-read-model';
import type { ServiceDoc } from '$domain/catalog/service.types';

const doc = (id: string, name: string, extra: Partial<ServiceDoc> = {}): ServiceDoc => ({
  _id: id,
  type: 'service',
  name,
  provider: { name: 'Poskytovatel' },
  serviceType: { section: '40', name: 'Pečovatelská služba' },
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...extra,
});

describe('catalog read model', () => {
  it('maps a service document to a flat row', () => {
    const source = doc('service:a', 'Šťastný domov', { description: 'Popis' });
    expect(toServiceRow(source)).toEqual({
      id: 'service:a',
      name: 'Šťastný domov',
      providerName: 'Poskytovatel',
      serviceTypeSection: '40',
      serviceTypeName: 'Pečovatelská služba',
      description: 'Popis',
      nameSort: 'stastny domov',
      demo: false,
      doc: source,
      serviceTypeKey: '40',
      category: '',
      lifeSituations: [],
      targetGroups: [],
      ageGroups: [],
      forms: [],
      municipalities: [],
      orps: [],
    });
  });

  it('carries facet keys and the first coordinates', () => {
    const row = toServiceRow(
      doc('service:b', 'B', {
        serviceType: { section: '40', name: 'Pečovatelská služba', key: '40', category: 'care' },
        lifeSituations: ['a', 'a', 'b'],
        targetGroups: ['seniori'],
        ageGroups: ['dospeli'],
        forms: [{ form: 'ter' }, { form: 'amb' }],
        serviceArea: { municipalities: ['dacice'], orps: ['dacice'] },
        locations: [
          { addressWithheld: true },
          { address: { municipalityCode: 'slavonice' }, geo: { lat: 49, lon: 15 } },
        ],
      }),
    );
    expect(row).toMatchObject({
      category: 'care',
      lifeSituations: ['a', 'b'],
      forms: ['ter', 'amb'],
      municipalities: ['dacice', 'slavonice'],
      orps: ['dacice'],
      geo: { lat: 49, lon: 15 },
    });
  });

  it('projects other catalogue documents as entries by type', () => {
    const plan = planServiceBatch([
      {
        id: 'taxonomy:form:amb',
        deleted: false,
        doc: { _id: 'taxonomy:form:amb', type: 'taxonomy' },
      },
      { id: 'territory:orp:x', deleted: true },
      { id: '_design/validation', deleted: false, doc: { _id: '_design/validation' } },
    ]);
    expect(plan.entries.put).toEqual([
      {
        id: 'taxonomy:form:amb',
        kind: 'taxonomy',
        doc: { _id: 'taxonomy:form:amb', type: 'taxonomy' },
      },
    ]);
    expect(plan.entries.remove).toEqual(['territory:orp:x']);
  });

  it('flags demo entries by field or id', () => {
    expect(toServiceRow(doc('service:x', 'X', { demo: true })).demo).toBe(true);
    expect(toServiceRow(doc('service:demo-x', 'X')).demo).toBe(true);
  });

  it('deletes deleted, removed and invalid services; ignores other documents', () => {
    const plan = planServiceBatch([
      { id: 'service:keep', deleted: false, doc: doc('service:keep', 'Keep') },
      { id: 'service:gone', deleted: true, doc: { _id: 'service:gone', _deleted: true } },
      {
        id: 'service:ended',
        deleted: false,
        doc: doc('service:ended', 'Ended', { status: 'removed' }),
      },
      { id: 'service:broken', deleted: false, doc: { _id: 'service:broken', type: 'service' } },
      { id: '_design/validation', deleted: false, doc: { _id: '_design/validation' } },
    ]);
    expect(plan.put.map((r) => r.id)).toEqual(['service:keep']);
    expect(plan.remove).toEqual(['service:gone', 'service:ended', 'service:broken']);
  });

  it('keeps only the last change of a document within a batch', () => {
    const plan = planServiceBatch([
      { id: 'service:a', deleted: false, doc: doc('service:a', 'Old') },
      { id: 'service:a', deleted: false, doc: doc('service:a', 'New') },
    ]);
    expect(plan.put.map((r) => r.name)).toEqual(['New']);
  });

  it('folds Czech diacritics for search', () => {
    expect(foldForSearch('Řečová Ůprava ČŽ')).toBe('recova uprava cz');
  });
});
