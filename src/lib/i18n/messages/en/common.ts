import type cs from '../cs/common';

export default {
  appName: 'Rozcestník',
  skipToContent: 'Skip to content',
  language: 'Language',
  languageName: 'English',
  switchLanguage: 'Čeština',
  switchLanguageLabel: 'Přepnout do češtiny',
  demoData: 'Demo data',
  demoNote: 'The organisations in this catalogue are fictional, for trying the app out.',
  loading: 'Loading…',
  catalogLoading: 'Loading the catalogue…',
  catalogEmptyOffline: 'The catalogue is not stored on this device yet. Please go online.',
  catalogDownloading: 'Downloading the catalogue…',
  mainNav: 'Main navigation',
  menu: 'Menu',
  menuClose: 'Close menu',
} satisfies typeof cs;
