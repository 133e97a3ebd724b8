import { describe, expect, it } from 'vitest';
import { validateCatalogDoc } from '../../../../../src/lib/domain/catalog/catalog.validation';
import {
  isEmailAddress,
  isPhoneNumber,
  isWebAddress,
} from '../../../../../src/lib/domain/catalog/contact-values.validation';
import type { AnyDoc } from '../../../../../src/lib/domain/validation/validation.types';

const SCHEMES = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,x',
  'vbscript:x',
  'file:///etc/passwd',
];

describe('contact values', () => {
  it('web: https, http or a bare host; no other scheme', () => {
    for (const ok of [
      'https://www.example.cz',
      'http://example.cz/sluzby?a=1',
      'www.example.cz',
      'example.cz/a#b',
      'www.example.cz:8080/x',
    ]) {
      expect(isWebAddress(ok), ok).toBe(true);
    }
    for (const bad of [
      ...SCHEMES,
      'ftp://example.cz',
      'https://',
      'www',
      'https://a.cz/"onmouseover="x',
      'example .cz',
    ]) {
      expect(isWebAddress(bad), bad).toBe(false);
    }
  });

  it('phone: tel: or a plain number', () => {
    for (const ok of [
      '+420 380 123 456',
      'tel:+420380123456',
      '380/123 456',
      '(+420) 777-123-456',
      '155',
    ]) {
      expect(isPhoneNumber(ok), ok).toBe(true);
    }
    for (const bad of [...SCHEMES, 'sms:777123456', 'tel:javascript:alert(1)', '12', 'zavolejte']) {
      expect(isPhoneNumber(bad), bad).toBe(false);
    }
  });

  it('e-mail: mailto: or a plain address', () => {
    for (const ok of ['info@example.cz', 'mailto:info@example.cz', 'jana.novakova+sos@obec-x.cz']) {
      expect(isEmailAddress(ok), ok).toBe(true);
    }
    for (const bad of [
      ...SCHEMES,
      'javascript:alert(1)//@x.cz',
      'info@',
      '@example.cz',
      'info@example',
      'a b@example.cz',
    ]) {
      expect(isEmailAddress(bad), bad).toBe(false);
    }
  });

  it('the catalogue refuses a service whose provider web or contacts carry javascript:', () => {
    const service = (extra: Record<string, unknown>): AnyDoc => ({
      _id: 'service:test',
      type: 'service',
      name: 'Pečovatelská služba Dačice',
      provider: { name: 'Spolek (ukázka)' },
      serviceType: { section: '40', name: 'Pečovatelská služba' },
      updatedAt: '2026-11-01T00:00:00.000Z',
      ...extra,
    });
    const reason = (doc: AnyDoc) => {
      const r = validateCatalogDoc(doc);
      return r.ok ? 'ok' : r.reason.en;
    };
    const js = 'javascript:alert(document.cookie)';
    expect(reason(service({ provider: { name: 'X', web: js } }))).toMatch(/website/);
    expect(reason(service({ contacts: { webs: [{ value: js }] } }))).toMatch(/web address/);
    expect(reason(service({ contacts: { phones: [{ value: js }] } }))).toMatch(/phone/);
    expect(reason(service({ contacts: { emails: [{ value: js }] } }))).toMatch(/e-mail/);
    expect(
      reason(
        service({
          provider: { name: 'X', web: 'https://spolek.cz' },
          contacts: {
            webs: [{ value: 'www.spolek.cz' }],
            phones: [{ value: '+420 380 123 456' }],
            emails: [{ value: 'info@spolek.cz' }],
          },
        }),
      ),
    ).toBe('ok');
  });
});
