export default {
  title: 'Moje úkoly',
  none: 'Nemáte žádné úkoly.',
  group: 'Skupina: {{name}}',
  fromMeeting: 'Ze schůzky',
  signInFirst: 'Pro zobrazení úkolů se přihlaste.',
};
