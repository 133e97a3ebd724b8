import type accessibility from '../cs/accessibility';

export default {
  nav: 'Accessibility statement',
  title: 'Accessibility statement',
  intro:
    '{{operator}} is committed to making the Rozcestník web application accessible in accordance with Czech Act No. 99/2019 Coll. on the accessibility of websites and mobile applications.',
  scope: 'This accessibility statement applies to the Rozcestník web application ({{url}}).',
  statusHeading: 'Compliance status',
  status:
    'This web application is partially compliant with Act No. 99/2019 Coll. because of the non-compliances and exemptions listed below. The Act’s requirements correspond to EN 301 549, which refers to WCAG 2.1 level AA.',
  inaccessibleHeading: 'Non-accessible content',
  inaccessible: [
    'Maps opened through a link to Mapy.cz or in the phone’s maps app are third-party content the operator does not control. The address is therefore always given as text too.',
    'Descriptions taken from the national Registry of social service providers are written by the providers and may not be in plain language. Editors add plain-language descriptions step by step.',
    'The printed sheet of recommended services is meant to be handed over on paper; electronically it is available as an ordinary page of the app.',
  ],
  preparedHeading: 'Preparation of this statement',
  prepared: 'This statement was prepared on {{date}} and last reviewed on {{date}}.',
  methodHeading: 'How accessibility was checked',
  method: [
    'A self-assessment by the operator against WCAG 2.1 level AA.',
    'Automated axe-core tests in a real Chromium browser on every version of the app, at phone and desktop widths (home, search results, service detail, my list, settings, the planning page and this statement).',
    'Every flow operated by keyboard alone, with visible focus.',
    'Checks at 200 % text zoom, at a width of 320 CSS pixels and with reduced motion (prefers-reduced-motion).',
  ],
  feedbackHeading: 'Feedback and contact details',
  feedback:
    'Have you found content that is not accessible, or do you need information in another format? Write to or call the operator. We reply within 30 days.',
  contactName: 'Operator: {{operator}}',
  contactEmail: 'E-mail: {{email}}',
  contactPhone: 'Phone: {{phone}}',
  enforcementHeading: 'Enforcement procedure',
  enforcement:
    'If you receive no satisfactory answer to your notice or request, you may ask the Ministry of the Interior to carry out a check; under § 8 of Act No. 99/2019 Coll. it supervises compliance with the Act.',
  enforcementBody:
    'Ministry of the Interior of the Czech Republic, Nad Štolou 936/3, 170 34 Praha 7',
  enforcementEmail: 'E-mail: {{email}}',
  enforcementWeb: 'Website: {{web}}',
} satisfies typeof accessibility;
