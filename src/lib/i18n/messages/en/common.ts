import type cs from '../cs/common';

export default {
  appName: 'Rozcestník',
  skipToContent: 'Skip to content',
  language: 'Language',
  languageName: 'English',
  demoData: 'Demo data',
  loading: 'Loading…',
} satisfies typeof cs;
