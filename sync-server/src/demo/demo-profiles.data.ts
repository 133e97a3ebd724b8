import type { CapacityUnit, FormKey } from '../../../src/lib/domain/catalog/service.types';

/**
 * Curated Czech building blocks for demo and synthetic services, one profile per service type.
 * `{town}` is replaced by the municipality's name, `{town2}` by its locative ("v Dačicích" is
 * too irregular to derive, so names use "– {town}" instead).
 */
export type HoursPattern = 'office' | 'nonstop' | 'day' | 'afternoon' | 'line';

export interface ServiceProfile {
  type: string;
  names: string[];
  forms: { form: FormKey; unit: CapacityUnit; min: number; max: number }[];
  descriptions: string[];
  eligibility: string;
  howToApply: string;
  fees: string;
  hours: HoursPattern;
  groups: string[];
  ages: string[];
  /** How many demo services of this type in [ORP Český Krumlov, ORP Dačice]. */
  count: [number, number];
}

const SENIOR_AGES = ['dospeli', 'mladsi-seniori', 'starsi-seniori'];
const ADULT_AGES = ['mladi-dospeli', 'dospeli', 'mladsi-seniori'];
const ALL_ADULT_AGES = ['dorost', 'mladi-dospeli', 'dospeli', 'mladsi-seniori', 'starsi-seniori'];
const YOUTH_AGES = ['mladsi-deti', 'starsi-deti', 'dorost', 'mladi-dospeli'];

const FREE = 'Služba je bezplatná.';
const BY_LAW =
  'Úhrada podle platného ceníku, nejvýše do částky stanovené vyhláškou č. 505/2006 Sb.';

export const PROFILES: readonly ServiceProfile[] = [
  {
    type: '37',
    names: [
      'Občanská poradna {town}',
      'Dluhová poradna {town}',
      'Poradna pro rodinu a mezilidské vztahy {town}',
    ],
    forms: [
      { form: 'amb', unit: 'klient', min: 4, max: 12 },
      { form: 'ter', unit: 'klient', min: 2, max: 6 },
    ],
    descriptions: [
      'Poradíme s dluhy, exekucemi, bydlením, pracovním právem i jednáním s úřady.',
      'Pomůžeme sepsat návrh na oddlužení, odvolání nebo žádost o dávku.',
      'Konzultace je důvěrná a můžete přijít i anonymně.',
    ],
    eligibility: 'Lidé v obtížné životní situaci, kteří ji nedokážou vyřešit sami.',
    howToApply:
      'Objednejte se telefonicky nebo e-mailem; v úředních hodinách můžete přijít i bez objednání.',
    fees: FREE,
    hours: 'office',
    groups: ['v-krizi', 'rodiny-s-detmi', 'seniori'],
    ages: ['mladi-dospeli', 'dospeli', 'mladsi-seniori', 'starsi-seniori'],
    count: [4, 3],
  },
  {
    type: '39',
    names: ['Osobní asistence {town}', 'Osobní asistence Pošumaví'],
    forms: [{ form: 'ter', unit: 'klient', min: 10, max: 40 }],
    descriptions: [
      'Asistent pomáhá s hygienou, jídlem, domácností i doprovodem do školy, do práce nebo k lékaři.',
      'Služba se přizpůsobí vašemu dni, a to i o víkendech a večer.',
    ],
    eligibility: 'Lidé se zdravotním postižením a senioři, kteří potřebují pomoc druhé osoby.',
    howToApply: 'Zavolejte nám; sociální pracovnice s vámi domluví schůzku u vás doma.',
    fees: BY_LAW,
    hours: 'day',
    groups: ['telesne-postizeni', 'kombinovane-postizeni', 'seniori'],
    ages: ['predskolni', 'mladsi-deti', 'starsi-deti', 'dorost', ...ADULT_AGES],
    count: [2, 1],
  },
  {
    type: '40',
    names: ['Pečovatelská služba {town}', 'Pečovatelská služba Domovinka {town}'],
    forms: [
      { form: 'ter', unit: 'klient', min: 30, max: 120 },
      { form: 'amb', unit: 'klient', min: 5, max: 20 },
    ],
    descriptions: [
      'Dovážíme obědy, pomáháme s nákupem, úklidem a osobní hygienou.',
      'Pečovatelky dojíždějí i do okolních obcí.',
      'Zapůjčíme kompenzační pomůcky, například chodítko nebo polohovací postel.',
    ],
    eligibility: 'Senioři a lidé s chronickým onemocněním nebo zdravotním postižením.',
    howToApply: 'Požádejte telefonicky nebo osobně na městském úřadě; do týdne se u vás zastavíme.',
    fees: BY_LAW,
    hours: 'day',
    groups: ['seniori', 'chronicke-onemocneni', 'telesne-postizeni'],
    ages: SENIOR_AGES,
    count: [4, 4],
  },
  {
    type: '41',
    names: ['Tísňová péče Jih'],
    forms: [{ form: 'ter', unit: 'klient', min: 80, max: 300 }],
    descriptions: [
      'Tísňové tlačítko na ruce nebo na krku vás spojí s dispečinkem, který je na příjmu nepřetržitě.',
      'Při pádu zajistíme pomoc blízkých nebo záchranné služby.',
    ],
    eligibility: 'Senioři a lidé se zdravotním postižením, kteří bydlí sami.',
    howToApply: 'Zavolejte; technik přijede a zařízení nainstaluje.',
    fees: 'Měsíční paušál podle ceníku, instalace zdarma.',
    hours: 'nonstop',
    groups: ['seniori', 'telesne-postizeni', 'chronicke-onemocneni'],
    ages: SENIOR_AGES,
    count: [1, 1],
  },
  {
    type: '42',
    names: ['Průvodcovská služba Vidím'],
    forms: [{ form: 'ter', unit: 'klient', min: 10, max: 25 }],
    descriptions: [
      'Doprovodíme vás k lékaři, na úřad nebo na nákup a přečteme vám dopisy a úřední listiny.',
    ],
    eligibility: 'Lidé se zrakovým postižením a senioři se sníženou soběstačností.',
    howToApply: 'Doprovod si objednejte nejméně dva dny předem telefonicky.',
    fees: BY_LAW,
    hours: 'office',
    groups: ['zrakove-postizeni', 'seniori'],
    ages: ALL_ADULT_AGES,
    count: [1, 0],
  },
  {
    type: '43',
    names: ['Podpora samostatného bydlení {town}'],
    forms: [{ form: 'ter', unit: 'klient', min: 6, max: 18 }],
    descriptions: [
      'Pomáháme zvládat domácnost, hospodaření s penězi a kontakt s úřady ve vašem vlastním bytě.',
    ],
    eligibility:
      'Dospělí s duševním onemocněním nebo mentálním postižením, kteří chtějí bydlet sami.',
    howToApply: 'Napište nebo zavolejte; první setkání proběhne u vás doma.',
    fees: BY_LAW,
    hours: 'office',
    groups: ['dusevni-onemocneni', 'mentalni-postizeni'],
    ages: ADULT_AGES,
    count: [1, 1],
  },
  {
    type: '44',
    names: ['Odlehčovací služba {town}', 'Odlehčovací pobyty {town}'],
    forms: [
      { form: 'pob', unit: 'luzka', min: 4, max: 12 },
      { form: 'ter', unit: 'klient', min: 6, max: 20 },
    ],
    descriptions: [
      'Převezmeme péči o vašeho blízkého na několik hodin, dní nebo týdnů, abyste si mohli odpočinout.',
      'Pobyt lze domluvit i na dobu vaší dovolené nebo hospitalizace.',
    ],
    eligibility: 'Lidé, o které jinak pečuje rodina, a jejich pečující.',
    howToApply: 'Pobyt si rezervujte telefonicky, ideálně měsíc předem.',
    fees: BY_LAW,
    hours: 'nonstop',
    groups: ['pecujici', 'seniori', 'demence'],
    ages: SENIOR_AGES,
    count: [2, 2],
  },
  {
    type: '45',
    names: ['Centrum denních služeb {town}'],
    forms: [{ form: 'amb', unit: 'klient', min: 8, max: 20 }],
    descriptions: ['Nabízíme denní program, oběd, pomoc s hygienou a společnost.'],
    eligibility: 'Senioři a lidé se zdravotním postižením, kteří potřebují dohled během dne.',
    howToApply: 'Přijďte se podívat; nástup domluvíme po úvodním rozhovoru.',
    fees: BY_LAW,
    hours: 'day',
    groups: ['seniori', 'telesne-postizeni'],
    ages: SENIOR_AGES,
    count: [1, 1],
  },
  {
    type: '46',
    names: ['Denní stacionář Slunečnice {town}', 'Denní stacionář {town}'],
    forms: [{ form: 'amb', unit: 'klient', min: 10, max: 24 }],
    descriptions: [
      'Zajistíme péči, stravu a program během dne; pomůžeme i s dopravou.',
      'Trénujeme paměť, soběstačnost a jemnou motoriku.',
    ],
    eligibility: 'Senioři, lidé s demencí a dospělí s mentálním nebo kombinovaným postižením.',
    howToApply: 'Domluvte si návštěvu; s přijetím pomůže sociální pracovnice.',
    fees: BY_LAW,
    hours: 'day',
    groups: ['demence', 'mentalni-postizeni', 'kombinovane-postizeni'],
    ages: ['mladi-dospeli', ...SENIOR_AGES],
    count: [2, 1],
  },
  {
    type: '47',
    names: ['Týdenní stacionář {town}'],
    forms: [{ form: 'pob', unit: 'luzka', min: 8, max: 16 }],
    descriptions: [
      'Přes týden u nás klienti bydlí a pracují na samostatnosti; víkendy tráví doma.',
    ],
    eligibility: 'Dospělí s mentálním a kombinovaným postižením.',
    howToApply: 'Podejte písemnou žádost; pozveme vás na sociální šetření.',
    fees: BY_LAW,
    hours: 'nonstop',
    groups: ['mentalni-postizeni', 'kombinovane-postizeni'],
    ages: ADULT_AGES,
    count: [1, 0],
  },
  {
    type: '48',
    names: ['Domov Pod Kletí', 'Domov Rovina'],
    forms: [{ form: 'pob', unit: 'luzka', min: 20, max: 60 }],
    descriptions: [
      'Poskytujeme celoroční bydlení, péči a podporu v běžném životě v malých domácnostech.',
    ],
    eligibility: 'Lidé s mentálním a kombinovaným postižením, kteří potřebují pravidelnou pomoc.',
    howToApply: 'Podejte žádost s vyjádřením lékaře; následuje sociální šetření.',
    fees: BY_LAW,
    hours: 'nonstop',
    groups: ['mentalni-postizeni', 'kombinovane-postizeni'],
    ages: ADULT_AGES,
    count: [1, 1],
  },
  {
    type: '49',
    names: ['Domov pro seniory {town}', 'Domov seniorů Pohoda {town}'],
    forms: [{ form: 'pob', unit: 'luzka', min: 40, max: 140 }],
    descriptions: [
      'Nabízíme celodenní péči, stravování, zdravotní péči a aktivity v jedno- a dvoulůžkových pokojích.',
      'Klienti mohou mít vlastní nábytek a zahradu využívají celý rok.',
    ],
    eligibility: 'Senioři, kteří kvůli věku a zdraví potřebují pravidelnou pomoc jiné osoby.',
    howToApply: 'Podejte žádost o přijetí; o pořadí rozhoduje naléhavost situace.',
    fees: BY_LAW + ' K úhradě se připočítává příspěvek na péči.',
    hours: 'nonstop',
    groups: ['seniori'],
    ages: ['mladsi-seniori', 'starsi-seniori'],
    count: [3, 2],
  },
  {
    type: '50',
    names: ['Domov se zvláštním režimem {town}'],
    forms: [{ form: 'pob', unit: 'luzka', min: 20, max: 60 }],
    descriptions: [
      'Specializovaná péče o lidi s demencí v klidném a bezpečném prostředí s uzavřenou zahradou.',
    ],
    eligibility: 'Lidé s Alzheimerovou chorobou a jinými typy demence.',
    howToApply: 'Podejte žádost s vyjádřením lékaře; pozveme vás na prohlídku.',
    fees: BY_LAW,
    hours: 'nonstop',
    groups: ['demence', 'seniori', 'dusevni-onemocneni'],
    ages: SENIOR_AGES,
    count: [1, 1],
  },
  {
    type: '51',
    names: ['Chráněné bydlení {town}'],
    forms: [{ form: 'pob', unit: 'luzka', min: 6, max: 14 }],
    descriptions: ['Bydlení v běžném bytě v centru s podporou asistentů podle potřeby.'],
    eligibility: 'Dospělí s mentálním postižením nebo duševním onemocněním.',
    howToApply: 'Kontaktujte sociální pracovnici a domluvte si zkušební pobyt.',
    fees: 'Úhrada za ubytování a stravu podle ceníku.',
    hours: 'nonstop',
    groups: ['mentalni-postizeni', 'dusevni-onemocneni'],
    ages: ADULT_AGES,
    count: [1, 1],
  },
  {
    type: '52',
    names: ['Sociální lůžka nemocnice {town}'],
    forms: [{ form: 'pob', unit: 'luzka', min: 4, max: 15 }],
    descriptions: [
      'Sociální lůžka pro pacienty, kteří už nepotřebují nemocniční léčbu, ale domů se zatím vrátit nemohou.',
    ],
    eligibility: 'Pacienti nemocnice čekající na umístění nebo na zajištění péče doma.',
    howToApply: 'O přijetí požádejte přes sociální pracovnici nemocnice.',
    fees: BY_LAW,
    hours: 'nonstop',
    groups: ['seniori', 'chronicke-onemocneni', 'paliativni'],
    ages: SENIOR_AGES,
    count: [1, 0],
  },
  {
    type: '54',
    names: ['Raná péče Jih'],
    forms: [{ form: 'ter', unit: 'klient', min: 20, max: 60 }],
    descriptions: [
      'Poradkyně jezdí do rodin a pomáhají podpořit vývoj dítěte se zdravotním postižením nebo ohroženým vývojem.',
    ],
    eligibility: 'Rodiny s dítětem do 7 let se zdravotním postižením nebo ohroženým vývojem.',
    howToApply: 'Zavolejte nám; první návštěva u vás doma je do dvou týdnů.',
    fees: FREE,
    hours: 'office',
    groups: ['rodiny-s-detmi', 'kombinovane-postizeni', 'zrakove-postizeni'],
    ages: ['novorozenci', 'predskolni'],
    count: [1, 1],
  },
  {
    type: '55',
    names: ['Linka důvěry Jih'],
    forms: [{ form: 'ter', unit: 'hovor', min: 2000, max: 8000 }],
    descriptions: ['Anonymní telefonická pomoc v krizi, ve dne i v noci. Voláte zdarma.'],
    eligibility: 'Kdokoli, kdo se ocitl v krizi a potřebuje si promluvit.',
    howToApply: 'Stačí zavolat nebo napsat do chatu.',
    fees: FREE,
    hours: 'line',
    groups: ['v-krizi', 'obeti-domaciho-nasili', 'deti-mladez-ohrozene'],
    ages: ['starsi-deti', ...ALL_ADULT_AGES],
    count: [1, 0],
  },
  {
    type: '56',
    names: ['Tlumočnická služba Ruce'],
    forms: [{ form: 'ter', unit: 'interv', min: 200, max: 800 }],
    descriptions: ['Tlumočení do českého znakového jazyka u lékaře, na úřadě i online.'],
    eligibility: 'Lidé se sluchovým postižením.',
    howToApply: 'Tlumočení objednejte SMS, e-mailem nebo videohovorem.',
    fees: FREE,
    hours: 'office',
    groups: ['sluchove-postizeni'],
    ages: ALL_ADULT_AGES,
    count: [0, 1],
  },
  {
    type: '57',
    names: ['Azylový dům pro matky s dětmi {town}', 'Azylový dům pro muže {town}'],
    forms: [{ form: 'pob', unit: 'luzka', min: 10, max: 30 }],
    descriptions: [
      'Dočasné ubytování na dobu až jednoho roku a pomoc s hledáním stálého bydlení.',
      'Pomůžeme s rozpočtem, dávkami a se zápisem dětí do školy.',
    ],
    eligibility: 'Lidé bez domova a rodiče s dětmi, kteří přišli o bydlení.',
    howToApply: 'Zavolejte a domluvte si úvodní pohovor; volná místa sdělíme telefonicky.',
    fees: 'Úhrada za ubytování podle ceníku.',
    hours: 'nonstop',
    groups: ['bez-pristresi', 'rodiny-s-detmi', 'obeti-domaciho-nasili'],
    ages: ['novorozenci', 'predskolni', 'mladsi-deti', 'mladi-dospeli', 'dospeli'],
    count: [2, 1],
  },
  {
    type: '58',
    names: ['Dům na půl cesty {town}'],
    forms: [{ form: 'pob', unit: 'luzka', min: 6, max: 12 }],
    descriptions: ['Bydlení a podpora pro mladé lidi po odchodu z dětského domova.'],
    eligibility: 'Mladí lidé do 26 let po ukončení ústavní nebo ochranné výchovy.',
    howToApply: 'Zavolejte nebo napište; rádi přijedeme i do dětského domova.',
    fees: 'Úhrada za ubytování podle ceníku.',
    hours: 'nonstop',
    groups: ['opoustejici-ustavni-peci'],
    ages: ['dorost', 'mladi-dospeli'],
    count: [1, 0],
  },
  {
    type: '59',
    names: ['Kontaktní centrum {town}'],
    forms: [
      { form: 'amb', unit: 'kontakt', min: 1000, max: 4000 },
      { form: 'ter', unit: 'kontakt', min: 300, max: 1500 },
    ],
    descriptions: [
      'Anonymní poradenství, výměna injekčního materiálu, testy a pomoc se zprostředkováním léčby.',
    ],
    eligibility: 'Lidé užívající návykové látky a jejich blízcí.',
    howToApply: 'Přijďte bez objednání; nemusíte uvádět své jméno.',
    fees: FREE,
    hours: 'afternoon',
    groups: ['zavislosti', 'rizikovy-zpusob-zivota'],
    ages: ['dorost', 'mladi-dospeli', 'dospeli'],
    count: [1, 0],
  },
  {
    type: '60',
    names: ['Krizové centrum {town}'],
    forms: [
      { form: 'amb', unit: 'interv', min: 100, max: 500 },
      { form: 'ter', unit: 'interv', min: 50, max: 200 },
    ],
    descriptions: ['Okamžitá pomoc lidem v akutní krizi: rozhovor, bezpečný plán a další kroky.'],
    eligibility: 'Lidé v akutní krizi, kterou nemohou zvládnout vlastními silami.',
    howToApply: 'Přijďte nebo zavolejte; v naléhavé situaci vás přijmeme ihned.',
    fees: FREE,
    hours: 'nonstop',
    groups: ['v-krizi', 'obeti-trestne-cinnosti'],
    ages: ALL_ADULT_AGES,
    count: [1, 1],
  },
  {
    type: '60a',
    names: ['Intervenční centrum Jih – pracoviště {town}'],
    forms: [
      { form: 'amb', unit: 'interv', min: 100, max: 400 },
      { form: 'ter', unit: 'interv', min: 30, max: 120 },
    ],
    descriptions: [
      'Pomoc osobám ohroženým domácím násilím, zejména po vykázání násilné osoby policií.',
    ],
    eligibility: 'Oběti domácího násilí a jejich blízcí.',
    howToApply: 'Po vykázání vás kontaktujeme sami; můžete nám i zavolat.',
    fees: FREE,
    hours: 'office',
    groups: ['obeti-domaciho-nasili', 'obeti-trestne-cinnosti'],
    ages: ALL_ADULT_AGES,
    count: [1, 0],
  },
  {
    type: '61',
    names: ['Nízkoprahové denní centrum {town}'],
    forms: [{ form: 'amb', unit: 'kontakt', min: 800, max: 3000 }],
    descriptions: [
      'Možnost najíst se, vysprchovat, vyprat si a poradit se se sociálním pracovníkem.',
    ],
    eligibility: 'Lidé bez domova a lidé ohrožení ztrátou bydlení.',
    howToApply: 'Přijďte v otevírací době, objednání není třeba.',
    fees: 'Základní služby jsou zdarma, za stravu se platí symbolická částka.',
    hours: 'day',
    groups: ['bez-pristresi'],
    ages: ['mladi-dospeli', 'dospeli', 'mladsi-seniori'],
    count: [1, 0],
  },
  {
    type: '62',
    names: ['Nízkoprahový klub Bedna {town}', 'Klub pro mládež Přístav {town}'],
    forms: [
      { form: 'amb', unit: 'kontakt', min: 800, max: 2500 },
      { form: 'ter', unit: 'kontakt', min: 100, max: 600 },
    ],
    descriptions: [
      'Klub, kam můžeš přijít kdykoli v otevírací době, zahrát si, udělat úkoly nebo si promluvit.',
      'Pomůžeme se školou, doma i s partou.',
    ],
    eligibility: 'Děti a mládež od 6 do 26 let.',
    howToApply: 'Přijď, nemusíš se objednávat ani říkat své jméno.',
    fees: FREE,
    hours: 'afternoon',
    groups: ['deti-mladez-ohrozene'],
    ages: YOUTH_AGES,
    count: [2, 2],
  },
  {
    type: '63',
    names: ['Noclehárna {town}'],
    forms: [{ form: 'amb', unit: 'klient', min: 6, max: 16 }],
    descriptions: ['Přespání v teple, sprcha a čisté prádlo. Večerní příjem do 21 hodin.'],
    eligibility: 'Lidé bez přístřeší starší 18 let.',
    howToApply: 'Přijďte mezi 18. a 21. hodinou.',
    fees: 'Symbolická úhrada za noc podle ceníku.',
    hours: 'nonstop',
    groups: ['bez-pristresi'],
    ages: ['mladi-dospeli', 'dospeli', 'mladsi-seniori'],
    count: [1, 0],
  },
  {
    type: '64',
    names: ['Doléčovací centrum {town}'],
    forms: [{ form: 'amb', unit: 'klient', min: 10, max: 30 }],
    descriptions: [
      'Skupinová a individuální terapie a podpora při návratu do běžného života po léčbě závislosti.',
    ],
    eligibility: 'Lidé po léčbě závislosti.',
    howToApply: 'Zavolejte a domluvte si vstupní konzultaci.',
    fees: FREE,
    hours: 'office',
    groups: ['zavislosti'],
    ages: ADULT_AGES,
    count: [1, 0],
  },
  {
    type: '65',
    names: ['Rodinné centrum Kompas – služba pro rodiny {town}', 'Sanace rodiny {town}'],
    forms: [{ form: 'ter', unit: 'klient', min: 15, max: 45 }],
    descriptions: [
      'Pracovnice dochází do rodin a pomáhá s výchovou, rozpočtem, školou a chodem domácnosti.',
      'Spolupracujeme s OSPOD, ale pracujeme pro vás.',
    ],
    eligibility: 'Rodiny s dětmi, jejichž vývoj je ohrožen obtížnou situací v rodině.',
    howToApply: 'Zavolejte nám nebo požádejte OSPOD o zprostředkování.',
    fees: FREE,
    hours: 'office',
    groups: ['rodiny-s-detmi'],
    ages: ['novorozenci', 'predskolni', 'mladsi-deti', 'starsi-deti', 'dospeli'],
    count: [2, 2],
  },
  {
    type: '66',
    names: ['Aktivizační služba pro seniory {town}'],
    forms: [
      { form: 'amb', unit: 'klient', min: 15, max: 40 },
      { form: 'ter', unit: 'klient', min: 5, max: 20 },
    ],
    descriptions: ['Trénink paměti, cvičení, výlety a setkávání, aby nikdo nezůstal doma sám.'],
    eligibility: 'Senioři a lidé se zdravotním postižením.',
    howToApply: 'Přijďte na kterékoli setkání, první návštěva je nezávazná.',
    fees: FREE,
    hours: 'day',
    groups: ['seniori', 'telesne-postizeni', 'zrakove-postizeni'],
    ages: SENIOR_AGES,
    count: [1, 2],
  },
  {
    type: '67',
    names: ['Sociálně terapeutická dílna Šikulka {town}'],
    forms: [{ form: 'amb', unit: 'klient', min: 8, max: 20 }],
    descriptions: [
      'Keramika, tkaní, práce na zahradě a příprava na zaměstnání v bezpečném prostředí.',
    ],
    eligibility: 'Dospělí s mentálním postižením nebo duševním onemocněním.',
    howToApply: 'Domluvte si návštěvu dílny a zkušební týden.',
    fees: FREE,
    hours: 'day',
    groups: ['mentalni-postizeni', 'dusevni-onemocneni'],
    ages: ADULT_AGES,
    count: [1, 1],
  },
  {
    type: '68',
    names: ['Terapeutická komunita Mlýn'],
    forms: [{ form: 'pob', unit: 'luzka', min: 10, max: 16 }],
    descriptions: [
      'Dlouhodobá léčba závislosti v komunitě na samotě u lesa, obvykle na 6 až 12 měsíců.',
    ],
    eligibility: 'Lidé závislí na návykových látkách po detoxifikaci.',
    howToApply: 'Napište motivační dopis a domluvte si vstupní pohovor.',
    fees: 'Příspěvek na pobyt podle ceníku.',
    hours: 'nonstop',
    groups: ['zavislosti'],
    ages: ['mladi-dospeli', 'dospeli'],
    count: [0, 1],
  },
  {
    type: '69',
    names: ['Terénní program {town}', 'Terénní sociální práce {town}'],
    forms: [{ form: 'ter', unit: 'kontakt', min: 300, max: 1500 }],
    descriptions: [
      'Terénní pracovníci vyhledávají lidi v obtížné situaci přímo tam, kde žijí, a pomáhají s úřady, bydlením a prací.',
      'Dojíždíme i do menších obcí.',
    ],
    eligibility: 'Lidé ohrožení sociálním vyloučením, bez domova nebo s rizikovým způsobem života.',
    howToApply: 'Zavolejte nebo nás oslovte v terénu.',
    fees: FREE,
    hours: 'office',
    groups: ['socialne-vyloucene-komunity', 'bez-pristresi', 'rizikovy-zpusob-zivota'],
    ages: ['dorost', 'mladi-dospeli', 'dospeli', 'mladsi-seniori'],
    count: [2, 2],
  },
  {
    type: '70',
    names: ['Sociální rehabilitace {town}', 'Pracovní rehabilitace Krok {town}'],
    forms: [
      { form: 'amb', unit: 'klient', min: 10, max: 30 },
      { form: 'ter', unit: 'klient', min: 5, max: 20 },
    ],
    descriptions: [
      'Nácvik dovedností pro samostatný život a pomoc s hledáním a udržením práce.',
      'Pomůžeme s životopisem a doprovodíme vás na pohovor.',
    ],
    eligibility: 'Lidé se zdravotním postižením, duševním onemocněním nebo po výkonu trestu.',
    howToApply: 'Domluvte si vstupní schůzku telefonicky.',
    fees: FREE,
    hours: 'office',
    groups: ['dusevni-onemocneni', 'zrakove-postizeni', 'pachatele'],
    ages: ADULT_AGES,
    count: [2, 1],
  },
  {
    type: 'cdz',
    names: ['Centrum duševního zdraví {town}'],
    forms: [
      { form: 'amb', unit: 'klient', min: 40, max: 120 },
      { form: 'ter', unit: 'klient', min: 40, max: 120 },
    ],
    descriptions: [
      'Psychiatr, sestry a sociální pracovníci pomáhají lidem s vážným duševním onemocněním doma i v centru.',
    ],
    eligibility: 'Dospělí s vážným duševním onemocněním.',
    howToApply: 'Zavolejte nebo se obraťte na svého psychiatra.',
    fees: FREE,
    hours: 'office',
    groups: ['dusevni-onemocneni'],
    ages: ADULT_AGES,
    count: [1, 0],
  },
];

/** Which providers run which service types, so a demo card reads plausibly. */
export const PROVIDERS_BY_TYPE: Record<string, readonly string[]> = {
  residential: ['na-strani', 'mesto', 'jitrenka', 'rovina'],
  home: ['pomocna-ruka', 'mesto', 'lipa', 'jitrenka', 'vltavinek'],
  prevention: ['most-nadeje', 'krok', 'kompas', 'lipa', 'vltavinek', 'rovina'],
  hospital: ['nemocnice'],
};

export function providerGroupOf(typeKey: string): string {
  if (typeKey === '52') return 'hospital';
  if (['44', '47', '48', '49', '50', '51'].includes(typeKey)) return 'residential';
  if (['39', '40', '41', '42', '43', '45', '46', '66'].includes(typeKey)) return 'home';
  return 'prevention';
}

/** Fictional providers: every name ends "(ukázka)" so nobody mistakes them for real ones. */
export const DEMO_PROVIDERS: readonly {
  name: string;
  slug: string;
  orp: 'cesky-krumlov' | 'dacice' | 'both';
}[] = [
  { name: 'Vltavínek, z.s. (ukázka)', slug: 'vltavinek', orp: 'cesky-krumlov' },
  { name: 'Pomocná ruka Pošumaví, o.p.s. (ukázka)', slug: 'pomocna-ruka', orp: 'cesky-krumlov' },
  { name: 'Domov Na Stráni, p.o. (ukázka)', slug: 'na-strani', orp: 'cesky-krumlov' },
  { name: 'Krok k sobě, z.ú. (ukázka)', slug: 'krok', orp: 'both' },
  { name: 'Most naděje, o.p.s. (ukázka)', slug: 'most-nadeje', orp: 'both' },
  { name: 'Jitřenka Dačicko, z.ú. (ukázka)', slug: 'jitrenka', orp: 'dacice' },
  { name: 'Rovina Slavonicko, z.s. (ukázka)', slug: 'rovina', orp: 'dacice' },
  { name: 'Lípa – centrum pomoci, z.ú. (ukázka)', slug: 'lipa', orp: 'dacice' },
  { name: 'Kompas Jih, z.ú. (ukázka)', slug: 'kompas', orp: 'both' },
  { name: 'Městské sociální služby, p.o. (ukázka)', slug: 'mesto', orp: 'both' },
  { name: 'Nemocnice Pod Hradem, a.s. (ukázka)', slug: 'nemocnice', orp: 'both' },
];

export const STREETS: readonly string[] = [
  'Náměstí',
  'Nádražní',
  'Školní',
  'Zahradní',
  'Husova',
  'Palackého',
  'Komenského',
  'Tyršova',
  'Sokolská',
  'Nerudova',
  'Větrná',
  'Luční',
  'Polní',
  'Za Rybníkem',
  'Krumlovská',
  'Třebíčská',
];
