export default {
  heading: 'Filtry',
  show: 'Filtry ({{count}})',
  clearAll: 'Zrušit všechny filtry',
  lifeSituation: 'Životní situace',
  targetGroup: 'Pro koho',
  serviceType: 'Druh služby',
  form: 'Forma',
  municipality: 'Obec',
  ageGroup: 'Věk',
  territory: 'Území',
  optionCount: '{{label}} ({{count}})',
  noOptions: 'Žádné možnosti',
};
