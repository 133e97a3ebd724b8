export default {
  title: 'My tasks',
  none: 'You have no tasks.',
  group: 'Group: {{name}}',
  fromMeeting: 'From the meeting',
  signInFirst: 'Sign in to see your tasks.',
};
