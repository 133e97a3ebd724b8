export default {
  title: 'Rozcestník – najděte pomoc',
  heading: 'Najděte pomoc, která vám sedí',
  intro: 'Vyberte, co se děje, nebo napište, co hledáte. Funguje i bez signálu.',
  situationsHeading: 'Co se děje?',
  browseAll: 'Zobrazit všechny služby',
  territoryLabel: 'Území',
  territoryHint: 'Vaše volba se zapamatuje v tomto zařízení.',
  wholeRegion: 'Celý kraj',
  orpOption: '{{name}}',
};
