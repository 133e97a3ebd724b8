/** The service detail's service area and "open now" (sluzba/[id]). */
export default {
  areaHeading: 'Kde služba působí',
  areaOrps: 'Správní obvody obcí s rozšířenou působností (ORP)',
  areaOrp: 'ORP {{name}}',
  areaMunicipalities: 'Obce',
  areaUnknown: 'Území, kde služba působí, není v katalogu uvedeno.',
  openNow: 'Otevřeno teď',
  openNowNote: 'podle provozní doby, čas v Česku',
};
