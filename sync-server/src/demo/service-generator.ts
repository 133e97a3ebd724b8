import { lifeSituationsForServiceType } from '../../../src/lib/domain/catalog/life-situations';
import type {
  OpeningHours,
  ServiceDoc,
  ServiceForm,
} from '../../../src/lib/domain/catalog/service.types';
import { serviceTypeRef } from '../../../src/lib/domain/catalog/taxonomy';
import type { MunicipalitySeed } from '../../../src/lib/domain/catalog/data/territory.data';
import { STREETS, type HoursPattern, type ServiceProfile } from './demo-profiles.data';
import type { Rng } from './seeded-random';

export interface GenerateInput {
  id: string;
  profile: ServiceProfile;
  name: string;
  orpKey: string;
  municipality: MunicipalitySeed;
  /** Other municipalities of the ORP, for field services' service area. */
  orpMunicipalities: readonly MunicipalitySeed[];
  provider: { name: string; slug: string };
  updatedAt: string;
}

const WORKDAYS = [1, 2, 3, 4, 5];

function hoursFor(pattern: HoursPattern, rng: Rng): OpeningHours {
  switch (pattern) {
    case 'nonstop':
      return { nonstop: true, note: 'Služba je poskytována nepřetržitě.' };
    case 'line':
      return { nonstop: true, note: 'Linka je v provozu 24 hodin denně, 7 dní v týdnu.' };
    case 'afternoon':
      return {
        regular: [{ days: [1, 2, 3, 4], opens: '13:00', closes: rng.pick(['18:00', '19:00']) }],
        note: 'V pátek terénní práce.',
      };
    case 'day':
      return {
        regular: [
          {
            days: WORKDAYS,
            opens: rng.pick(['06:30', '07:00', '07:30']),
            closes: rng.pick(['15:30', '16:00']),
          },
        ],
      };
    case 'office':
      return {
        regular: [
          { days: [1, 3], opens: '08:00', closes: '17:00' },
          { days: [2, 4], opens: '08:00', closes: rng.pick(['12:00', '14:00']) },
        ],
        note: rng.pick(['Mimo úřední hodiny po domluvě.', 'V pátek jen pro objednané.']),
      };
  }
}

function phone(orpKey: string, rng: Rng): string {
  const area = orpKey === 'dacice' ? '384' : '380';
  const digits = () => String(rng.int(0, 999)).padStart(3, '0');
  return `+420 ${area} ${rng.int(100, 999)} ${digits()}`;
}

function pickSome<T>(rng: Rng, items: readonly T[], min: number): T[] {
  const chosen = items.filter(() => rng.chance(0.6));
  return chosen.length >= min ? chosen : items.slice(0, Math.max(min, 1));
}

/** One realistic service built from a profile; deterministic for a given RNG state. */
export function generateService(input: GenerateInput, rng: Rng): ServiceDoc {
  const { profile, municipality: m, provider } = input;
  const formsChosen = pickSome(rng, profile.forms, 1);
  const forms: ServiceForm[] = formsChosen.map((f) => ({
    form: f.form,
    ...(f.form === 'pob' ? { continuous: true } : {}),
    capacities: [{ kind: 'registered-maximum', max: rng.int(f.min, f.max), unit: f.unit }],
  }));
  const isField = forms.some((f) => f.form === 'ter');
  const onlyField = forms.every((f) => f.form === 'ter');
  const descriptions = pickSome(rng, profile.descriptions, 1);
  const servedMunicipalities = isField
    ? [
        m.key,
        ...input.orpMunicipalities
          .filter((x) => x.key !== m.key && rng.chance(0.5))
          .map((x) => x.key),
      ]
    : [m.key];
  const village = m.postcode !== '381 01' && m.postcode !== '380 01' && rng.chance(0.3);
  const domain = `${provider.slug}-ukazka.cz`;
  const web = `https://www.${domain}`;
  const email = `${rng.pick(['info', 'socialni', 'kontakt', 'sluzby'])}@${domain}`;
  return {
    _id: input.id,
    type: 'service',
    name: input.name,
    provider: {
      name: provider.name,
      ico: `99${String(rng.int(0, 999999)).padStart(6, '0')}`,
      web,
      phone: phone(input.orpKey, rng),
    },
    serviceType: serviceTypeRef(profile.type),
    description: descriptions.join(' '),
    eligibility: profile.eligibility,
    howToApply: profile.howToApply,
    fees: profile.fees,
    forms,
    targetGroups: pickSome(rng, profile.groups, 1),
    ageGroups: [...profile.ages],
    lifeSituations: lifeSituationsForServiceType(profile.type),
    hours: hoursFor(profile.hours, rng),
    languages: rng.chance(0.3) ? ['cs', rng.pick(['de', 'en', 'uk'])] : ['cs'],
    accessibility: rng.pick([
      { wheelchair: 'yes' as const, note: 'Bezbariérový vstup i toaleta.' },
      { wheelchair: 'partial' as const, note: 'Vstup s rampou, toaleta není bezbariérová.' },
      { wheelchair: 'no' as const, note: 'Kancelář je v prvním patře bez výtahu.' },
    ]),
    locations: [
      {
        name: onlyField ? `Kancelář ${input.name}` : input.name,
        address: {
          ...(village ? {} : { street: rng.pick(STREETS) }),
          houseNumber: String(rng.int(1, village ? 180 : 1400)),
          ...(village || rng.chance(0.5) ? {} : { orientationNumber: String(rng.int(1, 40)) }),
          municipality: m.name,
          postcode: m.postcode,
          municipalityCode: m.key,
        },
        // Jitter within ~500 m of the municipality centre: plausible, never a real house.
        geo: {
          lat: Math.round((m.lat + (rng.next() - 0.5) * 0.008) * 1e6) / 1e6,
          lon: Math.round((m.lon + (rng.next() - 0.5) * 0.012) * 1e6) / 1e6,
        },
      },
    ],
    serviceArea: { municipalities: servedMunicipalities, orps: [input.orpKey] },
    contacts: {
      phones: [{ value: phone(input.orpKey, rng) }],
      emails: [{ value: email }],
      webs: [{ value: web }],
    },
    source: { kind: 'local' },
    lastVerified: `2026-${String(rng.int(6, 10)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    status: 'active',
    demo: true,
    updatedAt: input.updatedAt,
  };
}
