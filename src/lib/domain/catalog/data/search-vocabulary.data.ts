/**
 * The words people use for help, mapped to what the catalogue calls it: colloquial names of
 * services ("domov důchodců" is a domov pro seniory), words for problems ("exekuce", "perník")
 * and slang. Search indexes each entry's words with every service of the listed service types
 * (and every service of a listed life situation's types), so "bere drogy" finds a kontaktní
 * centrum even though no provider writes "drogy". A coordinator extends it here; every entry
 * is checked by a test (search-vocabulary.test.ts): each of its words, searched on the demo
 * catalogue, brings one of its service types into the first five results.
 *
 * Words are written as people write them, inflection and diacritics do not matter (search
 * folds and stems them). Keys: service-type keys of service-types.data.ts.
 */
export interface VocabularyEntry {
  /** What people say (several words in one entry mean the same). */
  words: readonly string[];
  /** Service types that help: the entry's words are indexed with their services. */
  serviceTypes: readonly string[];
}

export const SEARCH_VOCABULARY: readonly VocabularyEntry[] = [
  // Colloquial names of services.
  { words: ['domov důchodců', 'důchoďák', 'starobinec'], serviceTypes: ['49', '50'] },
  {
    words: ['DPS', 'dům s pečovatelskou službou', 'pečovatelka', 'pečovatelský byt'],
    serviceTypes: ['40'],
  },
  { words: ['dovoz obědů', 'rozvoz obědů', 'nákupy', 'pomoc v domácnosti'], serviceTypes: ['40'] },
  { words: ['tísňové tlačítko', 'náramek', 'SOS tlačítko'], serviceTypes: ['41'] },
  { words: ['asistent', 'asistentka'], serviceTypes: ['39'] },
  { words: ['respitní péče', 'respit', 'hlídání'], serviceTypes: ['44'] },
  { words: ['stacionář', 'školka pro seniory'], serviceTypes: ['46', '47'] },
  { words: ['ústav', 'ústav pro postižené'], serviceTypes: ['48'] },
  {
    words: ['alzheimrovo centrum', 'alzheimer centrum', 'domov pro lidi s demencí'],
    serviceTypes: ['50'],
  },
  { words: ['linka důvěry', 'krizová linka', 'telefon důvěry'], serviceTypes: ['55'] },
  { words: ['znakový jazyk', 'znakovka', 'tlumočník'], serviceTypes: ['56'] },
  { words: ['azyl', 'azyláč', 'azylák'], serviceTypes: ['57'] },
  { words: ['noclehárna', 'nocležna', 'přespání'], serviceTypes: ['63'] },
  { words: ['K-centrum', 'káčko', 'kontaktka', 'výměna stříkaček'], serviceTypes: ['59'] },
  {
    words: ['nízkoprah', 'klub pro teenagery', 'klub pro mladé', 'teenager'],
    serviceTypes: ['62'],
  },
  { words: ['chráněná dílna', 'dílna'], serviceTypes: ['67'] },
  { words: ['komunita', 'léčebna'], serviceTypes: ['68'] },
  { words: ['dluhová poradna', 'poradna', 'oddlužení', 'insolvence'], serviceTypes: ['37'] },
  { words: ['psycholog', 'psychiatr', 'terapeut'], serviceTypes: ['55', '60', 'cdz'] },
  { words: ['hospic', 'paliativní péče'], serviceTypes: ['40', '44'] },
  // Problems, in everyday words.
  {
    words: [
      'drogy',
      'droga',
      'fet',
      'feťák',
      'perník',
      'pervitin',
      'heroin',
      'tráva',
      'marihuana',
      'piko',
      'fetuje',
      'fetovat',
    ],
    serviceTypes: ['59', '69', '68', '64'],
  },
  {
    words: ['alkohol', 'chlast', 'pije', 'opilý', 'alkoholik', 'závislost'],
    serviceTypes: ['59', '68', '64', '69'],
  },
  {
    words: ['gambling', 'hazard', 'automaty', 'sázení', 'prohrává'],
    serviceTypes: ['37', '59', '68', '64'],
  },
  {
    words: ['exekuce', 'exekutor', 'dluhy', 'dluží', 'půjčka', 'lichva'],
    serviceTypes: ['37', '69'],
  },
  {
    words: [
      'násilí',
      'týrání',
      'týrá',
      'bije',
      'bití',
      'mlátí',
      'ubližuje',
      'agresivní',
      'vyhrožuje',
      'manžel',
      'partner',
      'druh',
      'strach',
    ],
    serviceTypes: ['60a', '60', '57', '55'],
  },
  {
    words: ['sebevražda', 'zabít se', 'nechci žít', 'deprese', 'úzkost', 'panika', 'promluvit'],
    serviceTypes: ['55', '60', 'cdz'],
  },
  {
    words: ['demence', 'Alzheimer', 'zapomíná', 'bloudí', 'zmatená'],
    serviceTypes: ['50', '46', '41'],
  },
  { words: ['neslyšící', 'hluchý', 'nedoslýchavý', 'špatně slyší'], serviceTypes: ['56', '70'] },
  { words: ['nevidomý', 'slepý', 'slabozraký', 'nevidí'], serviceTypes: ['42', '70'] },
  { words: ['vozíčkář', 'vozík', 'ochrnutý', 'imobilní'], serviceTypes: ['39', '40', '43'] },
  {
    words: ['bezdomovec', 'bezdomovectví', 'na ulici', 'bez střechy', 'spát', 'vystěhování'],
    serviceTypes: ['63', '57', '61', '69'],
  },
  {
    words: ['autismus', 'autista', 'postižené dítě', 'Downův syndrom'],
    serviceTypes: ['54', '39', '46', '67'],
  },
  {
    words: ['schizofrenie', 'psychóza', 'bipolární', 'psychiatrie', 'duševní nemoc'],
    serviceTypes: ['cdz', '43', '51', '70'],
  },
  { words: ['šikana', 'záškoláctví', 'puberťák', 'party'], serviceTypes: ['62', '65'] },
  { words: ['samoživitelka', 'samoživitel', 'matka s dětmi'], serviceTypes: ['65', '57'] },
  { words: ['OSPOD', 'sociálka', 'odebrání dětí'], serviceTypes: ['65', '37'] },
  {
    words: ['osamělost', 'samota', 'sám', 'sama', 'nuda', 'bez přátel'],
    serviceTypes: ['66', '45', '55'],
  },
  { words: ['vězení', 'kriminál', 'basa', 'výkon trestu'], serviceTypes: ['37', '57', '70'] },
  {
    words: ['děda', 'babička', 'stáří', 'důchodce', 'důchodkyně'],
    serviceTypes: ['40', '41', '45', '49'],
  },
  { words: ['upadnout', 'pád', 'zůstat doma', 'sám doma'], serviceTypes: ['41', '40'] },
  { words: ['práce', 'zaměstnání', 'nezaměstnaný'], serviceTypes: ['70', '69', '67'] },
];

/**
 * Words that carry no meaning on their own in a sentence ("mě", "kde", "a"): dropped from a
 * query of several words, so "manžel mě bije" needs neither "mě" nor prefixes of it. A query
 * of stop words alone is searched as typed ("do" may be the start of "domov").
 */
export const STOP_WORDS: readonly string[] = [
  'a',
  'aby',
  'ale',
  'ani',
  'asi',
  'by',
  'byl',
  'byla',
  'bylo',
  'co',
  'do',
  'i',
  'jak',
  'jako',
  'je',
  'jeho',
  'její',
  'jen',
  'jsem',
  'jsme',
  'jsou',
  'již',
  'k',
  'kde',
  'kdo',
  'když',
  'ke',
  'mám',
  'máme',
  'má',
  'mě',
  'mi',
  'mně',
  'mít',
  'mu',
  'my',
  'na',
  'nám',
  'nás',
  'ne',
  'nebo',
  'něco',
  'někdo',
  'někým',
  'nic',
  'o',
  'od',
  'po',
  'pod',
  'pro',
  'před',
  'při',
  's',
  'se',
  'si',
  'své',
  'ta',
  'tak',
  'také',
  'to',
  'tu',
  'ty',
  'u',
  'už',
  'v',
  've',
  'všechno',
  'z',
  'za',
  'ze',
  'že',
  'chci',
  'chceme',
  'potřebuji',
  'potřebujeme',
  'hledám',
  'hledáme',
  'nevím',
  'dělat',
  'ho',
  'ji',
  'jí',
  'sebe',
  'moje',
  'můj',
  'naše',
  'náš',
];

/** Everyday names of the territory: indexed with the ORP's services ("Dačicko"). */
export const PLACE_NAMES: readonly { orp: string; words: readonly string[] }[] = [
  { orp: 'cesky-krumlov', words: ['Krumlovsko', 'Krumlov', 'ČK'] },
  { orp: 'dacice', words: ['Dačicko'] },
];
