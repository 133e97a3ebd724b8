/**
 * What the demo groups' meetings say: a roster (the demo accounts with display names, plus
 * two made-up members without an account) and, per group, three past meetings with approved
 * minutes and one upcoming. Names marked "(ukázka)" are invented. meetings.demo.ts turns this
 * into documents.
 */
export interface DemoPerson {
  name: string;
  displayName: string;
}

export interface DemoMeetingText {
  title: string;
  place: string;
  /** Agenda items: title and the minutes' notes (Markdown). */
  items: [string, string][];
  decisions: string[];
  /** Tasks: what, who (a roster user name), done already. */
  tasks: [string, string, boolean][];
  /** A guest who came: name and organisation. */
  guest?: [string, string];
}

export interface DemoGroupText {
  coordinator: DemoPerson;
  members: DemoPerson[];
  past: DemoMeetingText[];
  /** `public`: open to anyone, shown on the ORP's public page (one per demo ORP). */
  upcoming: { title: string; place: string; items: string[]; public?: boolean };
}

const CK_COORDINATOR = { name: 'ck-koordinator', displayName: 'Alena Koordinátorová (ukázka)' };
const DACICE_COORDINATOR = { name: 'dacice-koordinator', displayName: 'Petr Plánovač (ukázka)' };

export const DEMO_GROUP_TEXTS: Readonly<Record<string, DemoGroupText>> = {
  'ckrumlov:seniori': {
    coordinator: CK_COORDINATOR,
    members: [
      { name: 'ck-seniori', displayName: 'Jana Dvořáková (ukázka)' },
      { name: 'marie-svobodova', displayName: 'Marie Svobodová (ukázka)' },
      { name: 'karel-bartos', displayName: 'Karel Bartoš (ukázka)' },
    ],
    past: [
      {
        title: 'Pracovní skupina Senioři – jaro',
        place: 'Městský úřad Český Krumlov, zasedací místnost',
        items: [
          ['Zahájení a kontrola úkolů', 'Úkoly z minula jsou splněné. Přítomno **4** členové.'],
          [
            'Odlehčovací služby',
            'Poptávka po odlehčovací službě převyšuje kapacitu:\n- čekací doba 6 týdnů\n- chybí víkendová péče',
          ],
        ],
        decisions: ['Skupina doporučuje navýšit kapacitu odlehčovací služby o 2 lůžka.'],
        tasks: [['Zjistit náklady na 2 lůžka odlehčovací služby', 'ck-seniori', true]],
      },
      {
        title: 'Pracovní skupina Senioři – monitoring',
        place: 'Dům s pečovatelskou službou, Český Krumlov',
        items: [
          ['Monitoring aktivit za rok', 'Prošli jsme aktivity 1.1 až 1.3; podklady doplní Jana.'],
          ['Doprava k lékaři', 'Senior taxi jezdí jen ve městě; obce chtějí rozšíření.'],
        ],
        decisions: [
          'Monitoring aktivit 1.1 až 1.3 skupina projednala a doporučuje ke schválení.',
          'Skupina žádá obce o vyjádření k rozšíření senior taxi.',
        ],
        tasks: [
          ['Poslat obcím dotaz k senior taxi', 'ck-koordinator', true],
          ['Doplnit podklady k monitoringu', 'ck-seniori', false],
        ],
        guest: ['Eva Malá (ukázka)', 'Charita Český Krumlov'],
      },
      {
        title: 'Pracovní skupina Senioři – podzim',
        place: 'Městský úřad Český Krumlov, zasedací místnost',
        items: [
          ['Akční plán na příští rok', 'Návrh aktivit pro akční plán; priorita je péče doma.'],
        ],
        decisions: ['Skupina schvaluje návrh aktivit do akčního plánu.'],
        tasks: [['Připravit text aktivit do akčního plánu', 'marie-svobodova', false]],
      },
    ],
    upcoming: {
      title: 'Pracovní skupina Senioři',
      place: 'Dům s pečovatelskou službou, Český Krumlov',
      items: ['Kontrola úkolů', 'Podpora pečujících'],
      public: true,
    },
  },
  'ckrumlov:rodina': {
    coordinator: CK_COORDINATOR,
    members: [
      { name: 'ck-rodina', displayName: 'Lucie Procházková (ukázka)' },
      { name: 'tomas-kral', displayName: 'Tomáš Král (ukázka)' },
    ],
    past: [
      {
        title: 'Rodiny s dětmi – nízkoprahové kluby',
        place: 'Nízkoprahový klub, Český Krumlov',
        items: [['Provoz klubů', 'Klub v Kaplici má o **30 %** víc návštěv; chybí pracovník.']],
        decisions: ['Skupina podporuje žádost klubu o další úvazek.'],
        tasks: [['Sepsat podklad k žádosti o úvazek', 'ck-rodina', true]],
      },
      {
        title: 'Rodiny s dětmi – poradenství',
        place: 'Městský úřad Český Krumlov, zasedací místnost',
        items: [['Dluhové poradenství pro rodiny', 'Rodiny čekají na poradnu až 3 týdny.']],
        decisions: ['Skupina navrhuje výjezdní poradnu jednou měsíčně.'],
        tasks: [['Oslovit poradnu kvůli výjezdům', 'tomas-kral', false]],
        guest: ['Pavla Nová (ukázka)', 'Poradna pro rodinu'],
      },
      {
        title: 'Rodiny s dětmi – plán',
        place: 'Městský úřad Český Krumlov, zasedací místnost',
        items: [['Akční plán', 'Dvě nové aktivity pro mládež do akčního plánu.']],
        decisions: ['Skupina schvaluje dvě aktivity pro mládež.'],
        tasks: [['Připravit popis aktivit', 'ck-rodina', false]],
      },
    ],
    upcoming: {
      title: 'Rodiny s dětmi a mládež',
      place: 'Nízkoprahový klub, Český Krumlov',
      items: ['Kontrola úkolů', 'Letní program pro mládež'],
    },
  },
  'ckrumlov:krize': {
    coordinator: CK_COORDINATOR,
    members: [
      { name: 'ck-krize', displayName: 'Martin Veselý (ukázka)' },
      { name: 'hana-ruzickova', displayName: 'Hana Růžičková (ukázka)' },
    ],
    past: [
      {
        title: 'Lidé v krizi – zima',
        place: 'Noclehárna, Český Krumlov',
        items: [['Zimní opatření', 'Noclehárna je v mrazech plná; ohřívárna otevře v prosinci.']],
        decisions: ['Skupina doporučuje otevřít ohřívárnu při teplotách pod −5 °C.'],
        tasks: [['Domluvit prostor pro ohřívárnu', 'ck-krize', true]],
      },
      {
        title: 'Lidé v krizi – závislosti',
        place: 'Městský úřad Český Krumlov, zasedací místnost',
        items: [['Terénní program', 'Terénní pracovníci hlásí víc klientů v obcích.']],
        decisions: ['Skupina podporuje rozšíření terénního programu do obcí.'],
        tasks: [['Zjistit zájem obcí o terénní program', 'hana-ruzickova', false]],
      },
      {
        title: 'Lidé v krizi – bydlení',
        place: 'Městský úřad Český Krumlov, zasedací místnost',
        items: [['Krizové bydlení', 'Chybí krizové byty pro matky s dětmi.']],
        decisions: ['Skupina navrhuje aktivitu „krizové byty“ do akčního plánu.'],
        tasks: [['Připravit návrh aktivity', 'ck-krize', false]],
        guest: ['Jiří Dlouhý (ukázka)', 'Azylový dům'],
      },
    ],
    upcoming: {
      title: 'Lidé v krizi a ohrožení sociálním vyloučením',
      place: 'Noclehárna, Český Krumlov',
      items: ['Kontrola úkolů', 'Zimní opatření'],
    },
  },
  'dacice:seniori': {
    coordinator: DACICE_COORDINATOR,
    members: [
      { name: 'dacice-seniori', displayName: 'Věra Horáková (ukázka)' },
      { name: 'josef-cerny', displayName: 'Josef Černý (ukázka)' },
    ],
    past: [
      {
        title: 'Senioři – pečovatelská služba',
        place: 'Kulturní dům Dačice, malý sál',
        items: [['Pečovatelská služba v obcích', 'Služba nestíhá víkendy ve Slavonicích.']],
        decisions: ['Skupina doporučuje víkendové směny pečovatelské služby.'],
        tasks: [['Spočítat náklady víkendových směn', 'dacice-seniori', true]],
      },
      {
        title: 'Senioři – doprava',
        place: 'Městský úřad Dačice, zasedací místnost',
        items: [['Doprava k lékaři', 'Obce se dohodly na společném senior taxi.']],
        decisions: ['Skupina podporuje společné senior taxi obcí.'],
        tasks: [['Připravit smlouvu obcí o senior taxi', 'dacice-koordinator', false]],
        guest: ['Anna Kopecká (ukázka)', 'Obec Slavonice'],
      },
      {
        title: 'Senioři – akční plány',
        place: 'Kulturní dům Dačice, malý sál',
        items: [['Akční plány na dva roky', 'Aktivity pro oba roky akčního plánu.']],
        decisions: ['Skupina schvaluje aktivity akčních plánů pro oba roky.'],
        tasks: [['Přepsat aktivity do akčních plánů', 'josef-cerny', false]],
      },
    ],
    upcoming: {
      title: 'Pracovní skupina Senioři',
      place: 'Kulturní dům Dačice, malý sál',
      items: ['Kontrola úkolů', 'Odlehčovací služby'],
      public: true,
    },
  },
};
