export default {
  heading: 'Change password',
  intro:
    'The new password must be at least {{min}} characters long. You stay signed in on this device after the change.',
  current: 'Current password',
  next: 'New password',
  repeat: 'New password again',
  submit: 'Change password',
  saving: 'Changing the password…',
  changed: 'Your password is changed.',
  changedSignIn: 'Your password is changed. Please sign in with the new password.',
  problems: {
    currentMissing: 'Enter your current password.',
    tooShort: 'The new password must be at least {{min}} characters long.',
    mismatch: 'The two new passwords must match.',
    offline: 'You are offline. The password can only be changed with an internet connection.',
    expired: 'Your sign-in has expired. Please sign in again, then change the password.',
  },
};
