import type cs from '../cs/home';

export default {
  title: 'Rozcestník – find help',
  heading: 'Find the help that fits',
  intro: 'Choose what is happening, or type what you are looking for. Works without a signal too.',
  situationsHeading: 'What is happening?',
  browseAll: 'Show all services',
  territoryLabel: 'Area',
  territoryHint: 'Your choice is remembered on this device.',
  wholeRegion: 'Whole region',
  orpOption: '{{name}}',
} satisfies typeof cs;
