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
  close: 'Close filters',
  apply_one: 'Show {{count}} service',
  apply_few: 'Show {{count}} services',
  apply_many: 'Show {{count}} services',
  apply_other: 'Show {{count}} services',
  active: 'Active filters',
  removeChip: 'Remove filter {{label}}',
} satisfies typeof cs;
