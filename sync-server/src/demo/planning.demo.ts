import type {
  PlanningOrpDoc,
  WorkingGroupDoc,
} from '../../../src/lib/domain/planning/planning.types';
import { planningOrpId, workingGroupId } from '../../../src/lib/domain/planning/planning.types';

/**
 * Public planning records of the two demo ORPs (shown at /o-planovani/<orp>). The people,
 * phone numbers, e-mails and project numbers are made up and marked "(ukázka)"; the towns are
 * real. Meetings are dated relative to `now` so the demo always has upcoming ones.
 */
export function demoPlanningDocs(
  updatedAt: string,
  now: Date = new Date(),
): (PlanningOrpDoc | WorkingGroupDoc)[] {
  const inDays = (days: number, hour: number) => {
    const date = new Date(now);
    date.setUTCDate(date.getUTCDate() + days);
    date.setUTCHours(hour - 1, 0, 0, 0); // CET
    return date.toISOString();
  };
  const orp = (doc: Omit<PlanningOrpDoc, '_id' | 'type' | 'updatedAt'>): PlanningOrpDoc => ({
    _id: planningOrpId(doc.orp),
    type: 'planning-orp',
    ...doc,
    updatedAt,
  });
  const group = (
    orpCode: string,
    code: string,
    name: string,
    description: string,
    joinInfo: string,
  ): WorkingGroupDoc => ({
    _id: workingGroupId(orpCode, code),
    type: 'working-group',
    orp: orpCode,
    group: code,
    name,
    description,
    joinInfo,
    updatedAt,
  });
  return [
    orp({
      orp: 'ckrumlov',
      territory: 'cesky-krumlov',
      name: 'ORP Český Krumlov',
      joinInfo:
        'Do pracovních skupin se může přihlásit každý: poskytovatelé, uživatelé služeb, pečující i veřejnost. Napište nebo zavolejte koordinátorce.',
      coordinator: {
        name: 'Mgr. Alena Koordinátorová (ukázka)',
        office: 'Odbor sociálních věcí, Městský úřad Český Krumlov',
        phone: '+420 380 000 101',
        email: 'planovani@ckrumlov.example',
      },
      plan: {
        title: 'Komunitní plán sociálních služeb ORP Český Krumlov',
        from: 2026,
        to: 2028,
        projectNumber: 'CZ.03.02.02/00/00_000/0000001 (ukázka)',
      },
      meetings: [
        {
          start: inDays(14, 15),
          title: 'Veřejné fórum k plánu sociálních služeb',
          place: 'Městský úřad Český Krumlov, zasedací místnost',
        },
        {
          start: inDays(30, 14),
          title: 'Pracovní skupina Senioři (otevřené jednání)',
          place: 'Dům s pečovatelskou službou, Český Krumlov',
        },
      ],
    }),
    group(
      'ckrumlov',
      'seniori',
      'Senioři a lidé se zdravotním postižením',
      'Péče doma, pobytové služby, podpora pečujících.',
      'Setkáváme se jednou za dva měsíce; přijďte na nejbližší jednání nebo napište koordinátorce.',
    ),
    group(
      'ckrumlov',
      'rodina',
      'Rodiny s dětmi a mládež',
      'Sociálně aktivizační služby, nízkoprahové kluby, poradenství.',
      'Napište koordinátorce; pozvánku pošleme e-mailem.',
    ),
    group(
      'ckrumlov',
      'krize',
      'Lidé v krizi a ohrožení sociálním vyloučením',
      'Noclehárna, azylové domy, krizová pomoc, závislosti, dluhy.',
      'Napište koordinátorce; jednání jsou otevřená i veřejnosti.',
    ),
    orp({
      orp: 'dacice',
      territory: 'dacice',
      name: 'ORP Dačice',
      joinInfo:
        'Plánování je otevřené všem, kdo ve Slavonicku a Dačicku služby využívají nebo poskytují.',
      coordinator: {
        name: 'Bc. Petr Plánovač (ukázka)',
        office: 'Odbor sociálních věcí, Městský úřad Dačice',
        phone: '+420 384 000 202',
        email: 'kpss@dacice.example',
      },
      plan: {
        title: 'Střednědobý plán rozvoje sociálních služeb ORP Dačice',
        from: 2026,
        to: 2028,
        projectNumber: 'CZ.03.02.02/00/00_000/0000002 (ukázka)',
      },
      meetings: [
        {
          start: inDays(21, 16),
          title: 'Setkání poskytovatelů a veřejnosti',
          place: 'Kulturní dům Dačice, malý sál',
        },
      ],
    }),
    group(
      'dacice',
      'seniori',
      'Senioři',
      'Pečovatelská služba, odlehčovací služby, doprava k lékaři.',
      'Přijďte na otevřené jednání, nebo se ozvěte koordinátorovi.',
    ),
  ];
}
