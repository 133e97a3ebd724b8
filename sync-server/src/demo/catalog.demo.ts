import type { ServiceDoc } from '../../../src/lib/domain/catalog/service.types';

/**
 * Demo catalogue loaded on first start. Every organisation here is fictional and labelled as
 * demo data (see README). Expanded to the full demo set by the catalogue-data work.
 */
export function demoCatalogDocs(): ServiceDoc[] {
  const updatedAt = '2026-11-01T00:00:00.000Z';
  return [
    {
      _id: 'service:demo-pecovatelska-sluzba-cesky-krumlov',
      type: 'service',
      name: 'Pečovatelská služba Český Krumlov',
      provider: { name: 'Ukázková charita Český Krumlov (demo)' },
      serviceType: { section: '40', name: 'Pečovatelská služba' },
      description: 'Pomoc seniorům a lidem se zdravotním postižením v jejich domácnosti.',
      updatedAt,
    },
    {
      _id: 'service:demo-azylovy-dum-dacice',
      type: 'service',
      name: 'Azylový dům Dačice',
      provider: { name: 'Ukázkový spolek Nový start (demo)' },
      serviceType: { section: '57', name: 'Azylové domy' },
      description: 'Dočasné ubytování a podpora pro lidi, kteří přišli o bydlení.',
      updatedAt,
    },
    {
      _id: 'service:demo-odborne-poradenstvi-kaplice',
      type: 'service',
      name: 'Občanská poradna Kaplice',
      provider: { name: 'Ukázková poradna Jih (demo)' },
      serviceType: { section: '37', name: 'Odborné sociální poradenství' },
      description: 'Bezplatné poradenství při dluzích, exekucích a jednání s úřady.',
      updatedAt,
    },
  ];
}
