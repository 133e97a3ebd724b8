import { mkdir, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { SERVICE_TYPES } from '../src/lib/domain/catalog/data/service-types.data';
import { TARGET_GROUPS } from '../src/lib/domain/catalog/data/groups.data';
import { ORPS } from '../src/lib/domain/catalog/data/territory.data';
import { createRng } from '../sync-server/src/demo/seeded-random';

/**
 * Synthetic registry-format data for benchmarks: N records in the shape of rpss.json plus a
 * code-list directory. Code numbers are synthetic (the importer resolves them by name).
 */
const typeCode = (i: number) => `DruhSocialniSluzby/${100 + i}`;
const groupCode = (i: number) => `CilovaSkupinaOsoby/${200 + i}`;

export async function writeCodeLists(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const list = (items: { id: string; cs: string }[]) =>
    JSON.stringify({ polozky: items.map((i) => ({ id: i.id, nazev: { cs: i.cs } })) });
  await writeFile(
    path.join(dir, 'druhy.json'),
    list(SERVICE_TYPES.map((t, i) => ({ id: typeCode(i), cs: t.cs.toLowerCase() }))),
  );
  await writeFile(
    path.join(dir, 'cilove-skupiny.json'),
    list(TARGET_GROUPS.map((g, i) => ({ id: groupCode(i), cs: g.cs }))),
  );
  const places = ORPS.flatMap((o) => o.municipalities).map((m, i) => ({
    id: `Obec/${900000 + i}`,
    cs: m.name,
  }));
  await writeFile(
    path.join(dir, 'obce.json'),
    list([{ id: 'Kraj/35', cs: 'Jihočeský kraj' }, ...places]),
  );
}

export async function writeRpssFile(file: string, count: number, seed = 42): Promise<void> {
  const rng = createRng(seed);
  const municipalities = ORPS.flatMap((o) => o.municipalities);
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{"polozky":[\n');
  for (let i = 0; i < count; i++) {
    const t = rng.int(0, SERVICE_TYPES.length - 1);
    const type = SERVICE_TYPES[t]!;
    const mIndex = rng.int(0, municipalities.length - 1);
    const m = municipalities[mIndex]!;
    const form = ['pob', 'amb', 'ter'][rng.int(0, 2)]!;
    const record = {
      portalId: i,
      id: `bench-${i}`,
      identifikator: String(5_000_000 + i),
      datumPoskytovaniOd: '2010-01-01',
      datumPoskytovaniDo: null,
      druhSocialniSluzby: { id: typeCode(t) },
      zarizeni: [
        {
          nazev: `${type.cs} ${m.name} ${i}`,
          adresa: {
            cisloDomovni: rng.int(1, 2000),
            kodAdresnihoMista: rng.int(10_000_000, 99_999_999),
            psc: m.postcode.replace(' ', ''),
            kraj: { id: 'Kraj/35' },
            obec: { id: `Obec/${900000 + mIndex}` },
            ulice: { nazev: 'Náměstí' },
          },
          ...(rng.chance(0.02) ? { utajenaAdresa: true } : {}),
        },
      ],
      poskytovatel: {
        nazev: `Poskytovatel ${i % 900}, z.s.`,
        ico: String(rng.int(1, 99_999_999)),
        telefony: [{ telefon: `380${rng.int(100000, 999999)}`, poznamka: null }],
        statutarniOrgany: [{ jmeno: 'Jan', prijmeni: 'Novák' }],
      },
      emaily: [{ email: `sluzba${i}@example.cz`, poznamka: null }],
      ciloveSkupiny: [{ id: groupCode(rng.int(0, TARGET_GROUPS.length - 1)) }],
      formy: [
        {
          forma: { id: `FormaSocialniSluzby/${form}` },
          nepretrzitePoskytovani: form === 'pob',
          kapacity: [
            {
              pocet: rng.int(1, 120),
              popis: null,
              typ: { id: `TypKapacitySocialniSluzby/${form === 'pob' ? 'luzka' : 'klient'}` },
            },
          ],
        },
      ],
      rozsirenePusobnostiVKraji: [],
    };
    await write((i === 0 ? '' : ',\n') + JSON.stringify(record));
  }
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
}
