import { describe, expect, it } from 'vitest';
import {
  validateCatalogDoc,
  validateCatalogUpdate,
} from '../../../../../src/lib/domain/catalog/catalog.validation';
import { lifeSituationDocs } from '../../../../../src/lib/domain/catalog/life-situations';
import { taxonomyDocs } from '../../../../../src/lib/domain/catalog/taxonomy';
import { territoryDocs } from '../../../../../src/lib/domain/catalog/territory';
import type { AnyDoc } from '../../../../../src/lib/domain/validation/validation.types';
import { validateDocUpdate } from '../../../../../src/lib/domain/validation/catalog.validate-doc';

const T = '2026-11-01T00:00:00.000Z';
const editor = { name: 'eva', roles: ['catalog:editor'] };

function service(extra: Record<string, unknown> = {}): AnyDoc {
  return {
    _id: 'service:test',
    type: 'service',
    name: 'Pečovatelská služba Dačice',
    provider: { name: 'Spolek (ukázka)', ico: '00012345' },
    serviceType: { section: '40', name: 'Pečovatelská služba' },
    updatedAt: T,
    ...extra,
  };
}

function reasonOf(doc: AnyDoc): string {
  const r = validateCatalogDoc(doc);
  return r.ok ? 'ok' : r.reason.en;
}

describe('catalogue validation', () => {
  it('accepts a complete service and every built-in taxonomy, life situation and territory doc', () => {
    expect(validateCatalogDoc(service()).ok).toBe(true);
    for (const doc of [...taxonomyDocs(T), ...lifeSituationDocs(T), ...territoryDocs(T)]) {
      expect(validateCatalogDoc(doc as unknown as AnyDoc), doc._id).toEqual({ ok: true });
    }
  });

  it('refuses bad services with reasons in Czech and English', () => {
    const r = validateCatalogDoc(service({ name: ' ' }));
    expect(r).toMatchObject({ ok: false, kind: 'forbidden' });
    if (!r.ok) {
      expect(r.reason.cs).toBe('Služba musí mít název.');
      expect(r.reason.en).toBe('A service must have a name.');
    }
    expect(reasonOf(service({ provider: { name: 'X', ico: 12345 } }))).toMatch(/IČO/);
    expect(reasonOf(service({ provider: { name: 'X', ico: '123' } }))).toMatch(/8 digits/);
    expect(reasonOf(service({ updatedAt: 'yesterday' }))).toMatch(/last-updated/);
    expect(reasonOf(service({ status: 'gone' }))).toMatch(/status/);
    expect(reasonOf(service({ status: 'removed' }))).toMatch(/when and why/);
    expect(reasonOf(service({ lastVerified: '1.1.2026' }))).toMatch(/YYYY-MM-DD/);
    expect(reasonOf(service({ contacts: { emails: [{ value: 'no-at-sign' }] } }))).toMatch(
      /e-mail/,
    );
    expect(reasonOf(service({ source: { kind: 'registry' } }))).toMatch(/registry identifier/);
  });

  it('insists capacity is the registered maximum, in a known unit, beds only when residential', () => {
    const form = (f: Record<string, unknown>) => service({ forms: [f] });
    expect(reasonOf(form({ form: 'pob', capacities: [{ max: 3, unit: 'luzka' }] }))).toMatch(
      /registered maximum/,
    );
    expect(
      reasonOf(
        form({ form: 'amb', capacities: [{ kind: 'registered-maximum', max: 3, unit: 'luzka' }] }),
      ),
    ).toMatch(/beds/);
    expect(
      reasonOf(
        form({
          form: 'pob',
          capacities: [{ kind: 'registered-maximum', max: 2.5, unit: 'luzka' }],
        }),
      ),
    ).toMatch(/whole number/);
    expect(reasonOf(form({ form: 'xyz' }))).toMatch(/residential/);
    expect(
      reasonOf(
        form({ form: 'pob', capacities: [{ kind: 'registered-maximum', max: 30, unit: 'luzka' }] }),
      ),
    ).toBe('ok');
  });

  it('never lets a secret address be published', () => {
    expect(
      reasonOf(service({ locations: [{ addressWithheld: true, address: { street: 'Tajná' } }] })),
    ).toMatch(/secret address/);
    expect(reasonOf(service({ locations: [{ addressWithheld: true }] }))).toBe('ok');
  });

  it('refuses a life situation mapping without its "why" sentence', () => {
    const [ls] = lifeSituationDocs(T);
    const bad = { ...ls!, serviceTypes: [{ key: '40', why: { cs: '', en: '' } }] };
    expect(reasonOf(bad as unknown as AnyDoc)).toMatch(/why the service helps/);
  });

  it('only catalogue editors and admins may write', () => {
    expect(validateCatalogUpdate(service(), null, editor).ok).toBe(true);
    expect(validateCatalogUpdate(service(), null, { name: null, roles: ['_admin'] }).ok).toBe(true);
    expect(validateCatalogUpdate(service(), null, { name: 'x', roles: [] })).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect(validateCatalogUpdate(service(), null, { name: null, roles: [] })).toMatchObject({
      ok: false,
      kind: 'unauthorized',
    });
  });

  it('throws what CouchDB expects from validate_doc_update, Czech first', () => {
    expect(() => validateDocUpdate(service({ name: '' }), null, editor)).toThrow();
    try {
      validateDocUpdate(service({ name: '' }), null, editor);
    } catch (e) {
      expect(e).toEqual({ forbidden: 'Služba musí mít název. / A service must have a name.' });
    }
  });
});
