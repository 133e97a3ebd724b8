/**
 * Judged queries for `npm run bench:relevance`: what a field social worker's client says, and
 * which kinds of help answer it. The judgements come from the domain (which service types of
 * zákon 108/2006 Sb. help in that situation), written before looking at what the engine
 * returns, and never tuned to it. A result is relevant when its service type is one of
 * `types` (when given) and it serves `municipality` / the ORP `orp` (when given).
 *
 * Service types: 37 odborné poradenství, 39 osobní asistence, 40 pečovatelská služba,
 * 41 tísňová péče, 42 průvodcovské a předčitatelské, 43 podpora samostatného bydlení,
 * 44 odlehčovací, 45 centra denních služeb, 46 denní stacionáře, 47 týdenní stacionáře,
 * 48 domovy pro osoby se zdravotním postižením, 49 domovy pro seniory, 50 domovy se zvláštním
 * režimem, 51 chráněné bydlení, 52 sociální lůžka ve zdravotnictví, 54 raná péče,
 * 55 telefonická krizová pomoc, 56 tlumočnické, 57 azylové domy, 58 domy na půl cesty,
 * 59 kontaktní centra, 60 krizová pomoc, 60a intervenční centra, 61 nízkoprahová denní centra,
 * 62 nízkoprahová zařízení pro děti a mládež, 63 noclehárny, 64 následná péče,
 * 65 SAS pro rodiny s dětmi, 66 SAS pro seniory a OZP, 67 sociálně terapeutické dílny,
 * 68 terapeutické komunity, 69 terénní programy, 70 sociální rehabilitace,
 * cdz centra duševního zdraví.
 */
export interface JudgedQuery {
  query: string;
  /** What kind of query it is (reported per kind). */
  kind: 'sentence' | 'word' | 'colloquial' | 'no-diacritics' | 'typo' | 'place';
  types?: readonly string[];
  municipality?: string;
  orp?: string;
}

const VIOLENCE = ['60a', '60', '57', '55'];
const HOMELESS = ['63', '57', '61', '69'];
const DEMENTIA = ['50', '46', '41', '44', '49', '40'];
const DRUGS = ['59', '69', '68', '64'];
const ALCOHOL = ['59', '68', '64', '69', '37'];
const ELDERLY_HOME = ['49', '50'];
const CRISIS = ['55', '60', 'cdz'];
const DEBT = ['37', '69'];
const MENTAL = ['cdz', '43', '51', '67', '70'];
const FAMILY = ['65', '37'];

export const JUDGED_QUERIES: readonly JudgedQuery[] = [
  // Sentences, as a client says them.
  { query: 'manžel mě bije', kind: 'sentence', types: VIOLENCE },
  { query: 'nemám kde spát', kind: 'sentence', types: HOMELESS },
  { query: 'máma má Alzheimera', kind: 'sentence', types: DEMENTIA },
  { query: 'bere drogy', kind: 'sentence', types: DRUGS },
  { query: 'hledáme domov důchodců', kind: 'sentence', types: ELDERLY_HOME },
  { query: 'syn bere pervitin', kind: 'sentence', types: DRUGS },
  { query: 'táta pije a je agresivní', kind: 'sentence', types: [...ALCOHOL, ...VIOLENCE] },
  { query: 'mám problém s alkoholem', kind: 'sentence', types: ALCOHOL },
  { query: 'partner mě týrá', kind: 'sentence', types: VIOLENCE },
  { query: 'bojím se vrátit domů', kind: 'sentence', types: VIOLENCE },
  { query: 'myslím na sebevraždu', kind: 'sentence', types: CRISIS },
  { query: 'potřebuji si s někým promluvit', kind: 'sentence', types: CRISIS },
  { query: 'babička upadla a nikdo u ní nebyl', kind: 'sentence', types: ['41', '40'] },
  {
    query: 'máma už to doma sama nezvládá',
    kind: 'sentence',
    types: ['40', '41', '45', '39', '46'],
  },
  { query: 'potřebuji si odpočinout od péče o mámu', kind: 'sentence', types: ['44', '46', '37'] },
  { query: 'vyhodili nás z bytu', kind: 'sentence', types: [...HOMELESS, '37'] },
  { query: 'dostali jsme výpověď z nájmu', kind: 'sentence', types: ['37', '57', '69'] },
  { query: 'mám exekuci a nevím co dělat', kind: 'sentence', types: DEBT },
  { query: 'narodilo se nám postižené dítě', kind: 'sentence', types: ['54', '37', '44'] },
  { query: 'syn má autismus', kind: 'sentence', types: ['54', '39', '46', '67', '70', '48'] },
  { query: 'dcera se toulá po ulici', kind: 'sentence', types: ['62', '65', '69'] },
  { query: 'hrozí nám odebrání dětí', kind: 'sentence', types: FAMILY },
  { query: 'propouští mě z nemocnice', kind: 'sentence', types: ['52', '40', '41'] },
  { query: 'táta umírá a chceme ho mít doma', kind: 'sentence', types: ['40', '44', '37'] },
  { query: 'jsem sama a chybí mi lidi', kind: 'sentence', types: ['66', '45', '55'] },
  { query: 'vracím se z vězení', kind: 'sentence', types: ['37', '57', '70'] },
  { query: 'odcházím z dětského domova', kind: 'sentence', types: ['58', '37', '70'] },
  { query: 'jsem na vozíku a potřebuji pomoc', kind: 'sentence', types: ['39', '40', '70', '43'] },
  { query: 'špatně slyším', kind: 'sentence', types: ['56', '70', '42', '37'] },
  { query: 'nevidím a potřebuji doprovod', kind: 'sentence', types: ['42', '39'] },
  { query: 'bydlíme na ubytovně a nemáme práci', kind: 'sentence', types: ['69', '70', '37'] },
  { query: 'hledám práci po psychiatrii', kind: 'sentence', types: MENTAL },
  { query: 'dovoz obědů pro dědu', kind: 'sentence', types: ['40'] },
  { query: 'máma bloudí a zapomíná', kind: 'sentence', types: DEMENTIA },
  { query: 'prohrál všechno v automatech', kind: 'sentence', types: ['37', '59', '68', '64'] },
  // Single everyday words.
  { query: 'drogy', kind: 'word', types: DRUGS },
  { query: 'drogám', kind: 'word', types: DRUGS },
  { query: 'bezdomovec', kind: 'word', types: HOMELESS },
  { query: 'psycholog', kind: 'word', types: CRISIS },
  { query: 'exekuce', kind: 'word', types: DEBT },
  { query: 'dluhy', kind: 'word', types: DEBT },
  { query: 'insolvence', kind: 'word', types: ['37'] },
  { query: 'závislost', kind: 'word', types: [...DRUGS, '37'] },
  { query: 'alkohol', kind: 'word', types: ALCOHOL },
  { query: 'pervitin', kind: 'word', types: DRUGS },
  { query: 'hazard', kind: 'word', types: ['37', '59', '68', '64'] },
  { query: 'gambling', kind: 'word', types: ['37', '59', '68', '64'] },
  { query: 'týrání', kind: 'word', types: VIOLENCE },
  { query: 'násilí', kind: 'word', types: VIOLENCE },
  { query: 'sebevražda', kind: 'word', types: CRISIS },
  { query: 'demence', kind: 'word', types: DEMENTIA },
  { query: 'Alzheimer', kind: 'word', types: DEMENTIA },
  { query: 'neslyšící', kind: 'word', types: ['56', '70', '37'] },
  { query: 'nevidomý', kind: 'word', types: ['42', '70', '37'] },
  { query: 'vozíčkář', kind: 'word', types: ['39', '40', '70', '43'] },
  { query: 'deprese', kind: 'word', types: CRISIS },
  { query: 'schizofrenie', kind: 'word', types: MENTAL },
  { query: 'šikana', kind: 'word', types: ['62', '65', '37'] },
  { query: 'samoživitelka', kind: 'word', types: ['65', '37', '57'] },
  { query: 'osamělost', kind: 'word', types: ['66', '45', '55'] },
  { query: 'ubytovna', kind: 'word', types: ['69', '70', '37'] },
  { query: 'OSPOD', kind: 'word', types: FAMILY },
  { query: 'pečovatelka', kind: 'word', types: ['40'] },
  { query: 'hospic', kind: 'word', types: ['40', '44', '37', '52'] },
  // Colloquial names of services.
  { query: 'domov důchodců', kind: 'colloquial', types: ELDERLY_HOME },
  { query: 'dům s pečovatelskou službou', kind: 'colloquial', types: ['40'] },
  { query: 'DPS', kind: 'colloquial', types: ['40', '49'] },
  { query: 'linka důvěry', kind: 'colloquial', types: ['55'] },
  { query: 'azyl', kind: 'colloquial', types: ['57'] },
  { query: 'noclehárna', kind: 'colloquial', types: ['63'] },
  { query: 'K-centrum', kind: 'colloquial', types: ['59'] },
  { query: 'káčko', kind: 'colloquial', types: ['59'] },
  { query: 'chráněná dílna', kind: 'colloquial', types: ['67'] },
  { query: 'tísňové tlačítko', kind: 'colloquial', types: ['41'] },
  { query: 'respitní péče', kind: 'colloquial', types: ['44'] },
  { query: 'dluhová poradna', kind: 'colloquial', types: ['37'] },
  { query: 'klub pro teenagery', kind: 'colloquial', types: ['62'] },
  { query: 'ústav pro postižené', kind: 'colloquial', types: ['48'] },
  { query: 'feťák', kind: 'colloquial', types: DRUGS },
  { query: 'perník', kind: 'colloquial', types: DRUGS },
  { query: 'chlast', kind: 'colloquial', types: ALCOHOL },
  { query: 'alzheimrovo centrum', kind: 'colloquial', types: DEMENTIA },
  { query: 'tlumočník znakového jazyka', kind: 'colloquial', types: ['56'] },
  // Typed without diacritics.
  { query: 'manzel me bije', kind: 'no-diacritics', types: VIOLENCE },
  { query: 'nemam kde spat', kind: 'no-diacritics', types: HOMELESS },
  { query: 'domov duchodcu', kind: 'no-diacritics', types: ELDERLY_HOME },
  { query: 'pecovatelska sluzba', kind: 'no-diacritics', types: ['40'] },
  { query: 'azylovy dum', kind: 'no-diacritics', types: ['57'] },
  { query: 'nocleharna', kind: 'no-diacritics', types: ['63'] },
  { query: 'fetak', kind: 'no-diacritics', types: DRUGS },
  { query: 'zavislost na automatech', kind: 'no-diacritics', types: ['37', '59', '68', '64'] },
  // Small typos.
  { query: 'demnce', kind: 'typo', types: DEMENTIA },
  { query: 'alzhaimer', kind: 'typo', types: DEMENTIA },
  { query: 'bezdomovce', kind: 'typo', types: HOMELESS },
  { query: 'exekuse', kind: 'typo', types: DEBT },
  { query: 'pečovatelksá služba', kind: 'typo', types: ['40'] },
  { query: 'azilový dům', kind: 'typo', types: ['57'] },
  // Places (municipalities and ORPs served, not only the address).
  { query: 'Kájov', kind: 'place', municipality: 'kajov' },
  { query: 'Kajov', kind: 'place', municipality: 'kajov' },
  { query: 'Frymburk', kind: 'place', municipality: 'frymburk' },
  { query: 'Slavonice', kind: 'place', municipality: 'slavonice' },
  { query: 'Zlatá Koruna', kind: 'place', municipality: 'zlata-koruna' },
  { query: 'Peč', kind: 'place', municipality: 'pec' },
  { query: 'Dačicko', kind: 'place', orp: 'dacice' },
  { query: 'pečovatelská služba Kájov', kind: 'place', types: ['40'], municipality: 'kajov' },
  { query: 'noclehárna Krumlov', kind: 'place', types: ['63'], orp: 'cesky-krumlov' },
  { query: 'domov pro seniory Dačice', kind: 'place', types: ['49'], orp: 'dacice' },
  {
    query: 'osobní asistence Horní Planá',
    kind: 'place',
    types: ['39'],
    municipality: 'horni-plana',
  },
];
