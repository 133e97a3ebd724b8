import { ORPS } from '../../../src/lib/domain/catalog/data/territory.data';
import { slugify } from '../../../src/lib/domain/catalog/ids';
import type { ServiceDoc } from '../../../src/lib/domain/catalog/service.types';
import { PROFILES } from './demo-profiles.data';
import { generateService } from './service-generator';
import { createRng } from './seeded-random';

const KINDS = ['Spolek', 'Centrum', 'Sdružení', 'Diakonické dílo', 'Domov', 'Nadační fond'];
const NAMES = [
  'Naděje',
  'Světlo',
  'Lípa',
  'Most',
  'Krok',
  'Jitřenka',
  'Vltava',
  'Šumava',
  'Pohoda',
  'Oáza',
  'Studánka',
  'Klíček',
  'Rovina',
  'Kompas',
  'Přístav',
];
const FORMS = ['z.s.', 'o.p.s.', 'z.ú.', 'p.o.'];

/**
 * N synthetic services for benchmarks: the demo building blocks spread over both ORPs with
 * generated provider names. Deterministic for a given seed; ids `service:synth-000001`…
 */
export function* syntheticServices(count: number, seed = 7): Generator<ServiceDoc> {
  const rng = createRng(seed);
  const updatedAt = '2026-11-01T00:00:00.000Z';
  for (let i = 1; i <= count; i++) {
    const orp = rng.pick(ORPS);
    const municipality = rng.pick(orp.municipalities);
    const profile = rng.pick(PROFILES);
    const providerName =
      `${rng.pick(KINDS)} ${rng.pick(NAMES)} ${rng.pick(['Jih', 'Pošumaví', 'Dačicko', 'Krumlovsko', ''])}`.trim();
    const form = rng.pick(FORMS);
    yield generateService(
      {
        id: `service:synth-${String(i).padStart(6, '0')}`,
        profile,
        name: rng.pick(profile.names).replace('{town}', municipality.name),
        orpKey: orp.key,
        municipality,
        orpMunicipalities: orp.municipalities,
        provider: { name: `${providerName}, ${form} (ukázka)`, slug: slugify(providerName) },
        updatedAt,
      },
      rng,
    );
  }
}
