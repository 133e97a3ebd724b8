import type { CapacityUnit, FormKey } from '../service.types';

/** Forms of provision (§ 33 of zákon 108/2006 Sb.). Keys are the registry code suffixes. */
export const FORMS: readonly {
  key: FormKey;
  cs: string;
  en: string;
  meaningCs: string;
  meaningEn: string;
}[] = [
  {
    key: 'pob',
    cs: 'pobytová',
    en: 'residential',
    meaningCs: 'Klient v zařízení bydlí.',
    meaningEn: 'The client lives at the facility.',
  },
  {
    key: 'amb',
    cs: 'ambulantní',
    en: 'outpatient',
    meaningCs: 'Klient do zařízení dochází, ubytování není součástí služby.',
    meaningEn: 'The client comes to the facility; no accommodation.',
  },
  {
    key: 'ter',
    cs: 'terénní',
    en: 'field',
    meaningCs:
      'Pracovník přijde za klientem domů nebo do jeho prostředí, i po telefonu či internetu.',
    meaningEn: "The worker comes to the client's own environment, including by phone or online.",
  },
];

/**
 * Target groups as named by the registry. Only four registry codes are confirmed; the importer
 * matches the rest by the code list's Czech name.
 */
export const TARGET_GROUPS: readonly { key: string; cs: string; en: string; rpssCode?: string }[] =
  [
    { key: 'seniori', cs: 'senioři', en: 'seniors', rpssCode: 'CilovaSkupinaOsoby/24' },
    { key: 'pecujici', cs: 'pečující osoby', en: 'carers', rpssCode: 'CilovaSkupinaOsoby/26' },
    {
      key: 'paliativni',
      cs: 'osoby s potřebou paliativní péče',
      en: 'people in need of palliative care',
      rpssCode: 'CilovaSkupinaOsoby/27',
    },
    {
      key: 'demence',
      cs: 'osoby žijící s demencí',
      en: 'people living with dementia',
      rpssCode: 'CilovaSkupinaOsoby/30',
    },
    {
      key: 'dusevni-onemocneni',
      cs: 'osoby s chronickým duševním onemocněním',
      en: 'people with chronic mental illness',
    },
    {
      key: 'chronicke-onemocneni',
      cs: 'osoby s chronickým onemocněním',
      en: 'people with chronic illness',
    },
    {
      key: 'telesne-postizeni',
      cs: 'osoby s tělesným postižením',
      en: 'people with physical disabilities',
    },
    {
      key: 'mentalni-postizeni',
      cs: 'osoby s mentálním postižením',
      en: 'people with intellectual disabilities',
    },
    {
      key: 'kombinovane-postizeni',
      cs: 'osoby s kombinovaným postižením',
      en: 'people with multiple disabilities',
    },
    {
      key: 'zrakove-postizeni',
      cs: 'osoby se zrakovým postižením',
      en: 'people with visual impairment',
    },
    {
      key: 'sluchove-postizeni',
      cs: 'osoby se sluchovým postižením',
      en: 'people with hearing impairment',
    },
    {
      key: 'jine-postizeni',
      cs: 'osoby s jiným zdravotním postižením',
      en: 'people with other disabilities',
    },
    {
      key: 'deti-mladez-ohrozene',
      cs: 'děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy',
      en: 'children and young people aged 6–26 at social risk',
    },
    { key: 'rodiny-s-detmi', cs: 'rodiny s dítětem/dětmi', en: 'families with children' },
    {
      key: 'obeti-domaciho-nasili',
      cs: 'oběti domácího násilí',
      en: 'victims of domestic violence',
    },
    {
      key: 'obeti-obchodu-s-lidmi',
      cs: 'oběti obchodu s lidmi',
      en: 'victims of human trafficking',
    },
    { key: 'obeti-trestne-cinnosti', cs: 'oběti trestné činnosti', en: 'victims of crime' },
    { key: 'bez-pristresi', cs: 'osoby bez přístřeší', en: 'homeless people' },
    { key: 'v-krizi', cs: 'osoby v krizi', en: 'people in crisis' },
    {
      key: 'rizikovy-zpusob-zivota',
      cs: 'osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy',
      en: 'people living a risky lifestyle or at risk of it',
    },
    {
      key: 'komercne-zneuzivane',
      cs: 'osoby komerčně zneužívané',
      en: 'commercially exploited people',
    },
    {
      key: 'opoustejici-ustavni-peci',
      cs: 'osoby do 26 let věku opouštějící školská zařízení pro výkon ústavní péče',
      en: 'young people under 26 leaving institutional care',
    },
    {
      key: 'socialne-vyloucene-komunity',
      cs: 'osoby žijící v sociálně vyloučených komunitách',
      en: 'people living in socially excluded communities',
    },
    {
      key: 'zavislosti',
      cs: 'osoby ohrožené závislostí nebo závislé na návykových látkách',
      en: 'people with or at risk of substance addiction',
    },
    { key: 'pachatele', cs: 'pachatelé trestné činnosti', en: 'offenders' },
    { key: 'etnicke-mensiny', cs: 'etnické menšiny', en: 'ethnic minorities' },
    { key: 'imigranti', cs: 'imigranti a azylanti', en: 'immigrants and asylum seekers' },
  ];

export const AGE_GROUPS: readonly {
  key: string;
  cs: string;
  en: string;
  from: number;
  to?: number;
}[] = [
  { key: 'novorozenci', cs: 'novorozenci (0–1)', en: 'newborns (0–1)', from: 0, to: 1 },
  {
    key: 'predskolni',
    cs: 'děti předškolního věku (1–7)',
    en: 'pre-school children (1–7)',
    from: 1,
    to: 7,
  },
  { key: 'mladsi-deti', cs: 'mladší děti (7–12)', en: 'younger children (7–12)', from: 7, to: 12 },
  { key: 'starsi-deti', cs: 'starší děti (13–15)', en: 'older children (13–15)', from: 13, to: 15 },
  { key: 'dorost', cs: 'dorost (16–18)', en: 'adolescents (16–18)', from: 16, to: 18 },
  {
    key: 'mladi-dospeli',
    cs: 'mladí dospělí (19–26)',
    en: 'young adults (19–26)',
    from: 19,
    to: 26,
  },
  { key: 'dospeli', cs: 'dospělí (27–64)', en: 'adults (27–64)', from: 27, to: 64 },
  {
    key: 'mladsi-seniori',
    cs: 'mladší senioři (65–80)',
    en: 'younger seniors (65–80)',
    from: 65,
    to: 80,
  },
  { key: 'starsi-seniori', cs: 'starší senioři (nad 80)', en: 'older seniors (over 80)', from: 81 },
];

export const CAPACITY_UNITS: readonly { key: CapacityUnit; cs: string; en: string }[] = [
  { key: 'klient', cs: 'klientů', en: 'clients' },
  { key: 'kontakt', cs: 'kontaktů (po 10 minutách)', en: 'contacts (10 minutes each)' },
  { key: 'interv', cs: 'intervencí (po 30 minutách)', en: 'interventions (30 minutes each)' },
  { key: 'luzka', cs: 'lůžek', en: 'beds' },
  { key: 'hovor', cs: 'hovorů', en: 'phone calls' },
];
