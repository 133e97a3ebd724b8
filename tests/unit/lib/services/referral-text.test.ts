import { describe, expect, it } from 'vitest';
import type { ServiceDoc } from '$domain/catalog/service.types';
import { mailtoHref, referralContacts, referralText, smsHref } from '$lib/services/referral-text';

const base = {
  type: 'service',
  serviceType: { section: '37', name: 'odborné sociální poradenství' },
  updatedAt: '2027-01-01T00:00:00Z',
} as const;

const counselling: ServiceDoc = {
  ...base,
  _id: 'service:poradna',
  name: 'Dluhová poradna',
  provider: { name: 'Poradna o.p.s.', phone: '+420 111 222 333' },
  contacts: { emails: [{ value: 'poradna@example.cz' }] },
  locations: [{ address: { street: 'Náměstí', houseNumber: '1', municipality: 'Kájov' } }],
  hours: { regular: [{ days: [1, 2, 3], opens: '8:00', closes: '12:00' }] },
};
const shelter: ServiceDoc = {
  ...base,
  _id: 'service:azyl',
  name: 'Azylový dům',
  provider: { name: 'Azyl z.s.' },
  contacts: { phones: [{ value: '+420 999 888 777' }] },
  locations: [{ addressWithheld: true }],
  hours: { nonstop: true },
};

const labels = {
  intro: 'Služby:',
  days: ['po', 'út', 'st', 'čt', 'pá', 'so', 'ne'],
  nonstop: 'nonstop',
  hoursLine: (h: string) => `Otevřeno: ${h}`,
  phone: (p: string) => `Tel.: ${p}`,
  signature: 'Připravila: Jana',
};

describe('referral text', () => {
  it("lists each service's phone, e-mail, address and hours, and never a withheld address", () => {
    expect(referralText([counselling, shelter], labels)).toBe(
      [
        'Služby:',
        '1. Dluhová poradna\nTel.: +420 111 222 333\nporadna@example.cz\nNáměstí 1, Kájov\nOtevřeno: po–st: 8:00–12:00',
        '2. Azylový dům\nTel.: +420 999 888 777\nOtevřeno: nonstop',
        'Připravila: Jana',
      ].join('\n\n'),
    );
    expect(referralContacts(shelter).address).toBeUndefined();
  });

  it('builds sms: and mailto: links a phone opens with the text filled in', () => {
    expect(smsHref('Tel.: +420 1\nÁ & B')).toBe(
      'sms:?body=Tel.%3A%20%2B420%201%0A%C3%81%20%26%20B',
    );
    expect(mailtoHref('Služby pro vás', 'a\nb c')).toBe(
      'mailto:?subject=Slu%C5%BEby%20pro%20v%C3%A1s&body=a%0D%0Ab%20c',
    );
  });
});
