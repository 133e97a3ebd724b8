import type cs from '../cs/filters';

export default {
  heading: 'Filters',
  show: 'Filters ({{count}})',
  clearAll: 'Clear all filters',
  lifeSituation: 'Life situation',
  targetGroup: 'Who it is for',
  serviceType: 'Type of service',
  form: 'Form',
  municipality: 'Municipality',
  ageGroup: 'Age',
  territory: 'Area',
  optionCount: '{{label}} ({{count}})',
  noOptions: 'No options',
} satisfies typeof cs;
