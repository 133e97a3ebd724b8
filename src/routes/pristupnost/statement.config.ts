/**
 * Facts of the accessibility statement that belong to the operator of an installation, not to
 * the code: each ORP running Rozcestník sets its own before going live (zákon 99/2019 Sb. § 6).
 */
export const STATEMENT = {
  operator: 'Provozovatel Rozcestníku (ukázková instalace)',
  email: 'pristupnost@rozcestnik.example',
  phone: '+420 000 000 000',
  /** Date the statement was prepared and last reviewed (YYYY-MM-DD). */
  prepared: '2026-11-22',
  enforcementEmail: 'posta@mvcr.cz',
  enforcementWeb: 'https://www.mvcr.cz',
};
