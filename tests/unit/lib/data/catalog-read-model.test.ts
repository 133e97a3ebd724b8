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
    expect(toServiceRow(doc('service:a', 'Šťastný domov', { description: 'Popis' }))).toEqual({
      id: 'service:a',
      name: 'Šťastný domov',
      providerName: 'Poskytovatel',
      serviceTypeSection: '40',
      serviceTypeName: 'Pečovatelská služba',
      description: 'Popis',
      nameSort: 'stastny domov',
      demo: false,
    });
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
