import type { ServiceCategory } from '../service.types';

/**
 * The 34 service types of zákon 108/2006 Sb. as listed by the registry's code list. Only the
 * registry code of domovy pro seniory is confirmed from real data; importers match the others by
 * the code list's Czech name (see rpss-codelists.ts) and report what they cannot match.
 */
export interface ServiceTypeSeed {
  key: string;
  section: string;
  cs: string;
  en: string;
  category: ServiceCategory;
  rpssCode?: string;
}

export const SERVICE_TYPES: readonly ServiceTypeSeed[] = [
  {
    key: '37',
    section: '37',
    cs: 'Odborné sociální poradenství',
    en: 'Professional social counselling',
    category: 'advice',
  },
  { key: '39', section: '39', cs: 'Osobní asistence', en: 'Personal assistance', category: 'care' },
  {
    key: '40',
    section: '40',
    cs: 'Pečovatelská služba',
    en: 'Home care service',
    category: 'care',
  },
  { key: '41', section: '41', cs: 'Tísňová péče', en: 'Emergency alarm care', category: 'care' },
  {
    key: '42',
    section: '42',
    cs: 'Průvodcovské a předčitatelské služby',
    en: 'Guide and reading services',
    category: 'care',
  },
  {
    key: '43',
    section: '43',
    cs: 'Podpora samostatného bydlení',
    en: 'Support for independent living',
    category: 'care',
  },
  { key: '44', section: '44', cs: 'Odlehčovací služby', en: 'Respite care', category: 'care' },
  {
    key: '45',
    section: '45',
    cs: 'Centra denních služeb',
    en: 'Day service centres',
    category: 'care',
  },
  { key: '46', section: '46', cs: 'Denní stacionáře', en: 'Day care centres', category: 'care' },
  {
    key: '47',
    section: '47',
    cs: 'Týdenní stacionáře',
    en: 'Weekly care centres',
    category: 'care',
  },
  {
    key: '48',
    section: '48',
    cs: 'Domovy pro osoby se zdravotním postižením',
    en: 'Homes for people with disabilities',
    category: 'care',
  },
  {
    key: '49',
    section: '49',
    cs: 'Domovy pro seniory',
    en: 'Homes for the elderly',
    category: 'care',
    rpssCode: 'DruhSocialniSluzby/13',
  },
  {
    key: '50',
    section: '50',
    cs: 'Domovy se zvláštním režimem',
    en: 'Homes with a special regime',
    category: 'care',
  },
  { key: '51', section: '51', cs: 'Chráněné bydlení', en: 'Sheltered housing', category: 'care' },
  {
    key: '52',
    section: '52',
    cs: 'Sociální služby poskytované ve zdravotnických zařízeních lůžkové péče',
    en: 'Social services in inpatient healthcare facilities',
    category: 'care',
  },
  { key: '54', section: '54', cs: 'Raná péče', en: 'Early intervention', category: 'prevention' },
  {
    key: '55',
    section: '55',
    cs: 'Telefonická krizová pomoc',
    en: 'Crisis helpline',
    category: 'prevention',
  },
  {
    key: '56',
    section: '56',
    cs: 'Tlumočnické služby',
    en: 'Interpreting services',
    category: 'prevention',
  },
  { key: '57', section: '57', cs: 'Azylové domy', en: 'Shelters', category: 'prevention' },
  {
    key: '58',
    section: '58',
    cs: 'Domy na půl cesty',
    en: 'Halfway houses',
    category: 'prevention',
  },
  {
    key: '59',
    section: '59',
    cs: 'Kontaktní centra',
    en: 'Drop-in centres for drug users',
    category: 'prevention',
  },
  { key: '60', section: '60', cs: 'Krizová pomoc', en: 'Crisis help', category: 'prevention' },
  {
    key: '60a',
    section: '60a',
    cs: 'Intervenční centra',
    en: 'Intervention centres (domestic violence)',
    category: 'prevention',
  },
  {
    key: '61',
    section: '61',
    cs: 'Nízkoprahová denní centra',
    en: 'Low-threshold day centres',
    category: 'prevention',
  },
  {
    key: '62',
    section: '62',
    cs: 'Nízkoprahová zařízení pro děti a mládež',
    en: 'Low-threshold clubs for children and youth',
    category: 'prevention',
  },
  { key: '63', section: '63', cs: 'Noclehárny', en: 'Night shelters', category: 'prevention' },
  {
    key: '64',
    section: '64',
    cs: 'Služby následné péče',
    en: 'Aftercare services',
    category: 'prevention',
  },
  {
    key: '65',
    section: '65',
    cs: 'Sociálně aktivizační služby pro rodiny s dětmi',
    en: 'Social activation services for families with children',
    category: 'prevention',
  },
  {
    key: '66',
    section: '66',
    cs: 'Sociálně aktivizační služby pro seniory a osoby se zdravotním postižením',
    en: 'Social activation services for seniors and people with disabilities',
    category: 'prevention',
  },
  {
    key: '67',
    section: '67',
    cs: 'Sociálně terapeutické dílny',
    en: 'Social therapy workshops',
    category: 'prevention',
  },
  {
    key: '68',
    section: '68',
    cs: 'Terapeutické komunity',
    en: 'Therapeutic communities',
    category: 'prevention',
  },
  {
    key: '69',
    section: '69',
    cs: 'Terénní programy',
    en: 'Outreach programmes',
    category: 'prevention',
  },
  {
    key: '70',
    section: '70',
    cs: 'Sociální rehabilitace',
    en: 'Social rehabilitation',
    category: 'prevention',
  },
  // Added to the registry's code list later; its section number is not confirmed, so it is
  // left empty rather than guessed.
  {
    key: 'cdz',
    section: '',
    cs: 'Centrum duševního zdraví',
    en: 'Mental health centre',
    category: 'prevention',
  },
];
