export default {
  appName: 'Rozcestník',
  skipToContent: 'Přeskočit na obsah',
  language: 'Jazyk',
  languageName: 'Čeština',
  demoData: 'Ukázková data',
  loading: 'Načítám…',
};
