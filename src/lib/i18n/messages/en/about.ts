import type about from '../cs/about';

export default {
  nav: 'About planning',
  title: 'Social services planning: {{name}}',
  intro:
    'The municipality plans social services together with providers, users and the public. Anyone can join.',
  loading: 'Loading…',
  notFound: 'This ORP does not plan with Rozcestník',
  notFoundHint: 'Check the address, or wait until the catalogue has downloaded.',
  otherOrps: 'ORPs planning with Rozcestník',
  coordinator: 'Who coordinates planning',
  phone: 'Phone: {{phone}}',
  email: 'E-mail: {{email}}',
  call: 'Call {{phone}}',
  writeTo: 'E-mail {{email}}',
  web: 'Website: {{web}}',
  groups: 'Working groups',
  noGroups: 'No working groups have been published yet.',
  join: 'How to join',
  plan: 'Current plan',
  period: 'Period: {{from}}–{{to}}',
  projectNumber: 'Project registration number: {{number}}',
  meetings: 'Upcoming public meetings',
  noMeetings: 'No public meeting is scheduled.',
  meetingPlace: 'Place: {{place}}',
} satisfies typeof about;
