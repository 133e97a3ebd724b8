import type settings from '../cs/settings';

export default {
  nav: 'Settings',
  title: 'Settings',
  workerHeading: 'Your details on the client sheet',
  workerHint:
    'Your name and phone are printed on the sheet of recommended services. They stay on this device only.',
  workerName: 'Full name',
  workerPhone: 'Phone',
  save: 'Save details',
  saved: 'Your details are saved.',
  problems: {
    nameTooLong: 'The name is too long (at most 100 characters).',
    phoneInvalid: 'Enter the phone in digits, e.g. +420 777 123 456.',
  },
  languageHeading: 'Language',
  storageHeading: 'Data on this device',
  storageUsed: 'Using {{used}} of the available {{quota}}.',
  storageUnknown: 'This browser cannot tell how much space the app uses.',
  persisted: 'Persistent storage is on: the browser will not delete the catalogue by itself.',
  notPersisted:
    'Persistent storage is off: when space runs low the browser may delete the offline catalogue.',
  requestPersist: 'Request persistent storage',
  persistGranted: 'The browser granted persistent storage.',
  persistDenied:
    'The browser has not granted persistent storage yet. Installing the app or using it more often helps.',
  persistUnsupported: 'This browser does not support persistent storage.',
  installHeading: 'App',
  install: 'Install the app',
  installHint: 'You can then open it from the home screen, even without signal.',
  installed: 'The app is installed.',
  outboxHeading: 'Unsent error reports',
  outboxEmpty: 'Every report has been sent.',
  outboxItem: '{{service}}: {{message}}',
  outboxError: 'Last attempt: {{error}}',
  sendNow: 'Send now',
  offline: 'The device is offline; reports are sent once it is connected.',
  resetHeading: 'Delete data on this device',
  resetHint:
    'Deletes the downloaded catalogue, your list and settings. The catalogue downloads again when online.',
  reset: 'Delete data on this device…',
  resetConfirmTitle: 'Delete the data on this device?',
  resetConfirm: 'Yes, delete',
  resetCancel: 'No, keep it',
  resetUnsent:
    'Careful: {{count}} error reports have not been sent yet. Deleting the data would lose them.',
  resetSendFirst: 'Send the reports first',
  resetKeepReports: 'Delete, but keep unsent reports',
  resetAll: 'Delete everything including unsent reports',
  resetDone: 'The data is deleted. The app will reload.',
} satisfies typeof settings;
