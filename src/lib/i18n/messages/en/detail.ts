import type cs from '../cs/detail';

export default {
  areaHeading: 'Where the service works',
  areaOrps: 'Municipalities with extended powers (ORP)',
  areaOrp: 'ORP {{name}}',
  areaMunicipalities: 'Municipalities',
  areaUnknown: 'The catalogue does not say where the service works.',
  openNow: 'Open now',
  openNowNote: 'by its opening hours, Czech time',
} satisfies typeof cs;
