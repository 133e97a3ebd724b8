import type report from '../cs/report';

export default {
  open: 'Report a data error',
  heading: 'Report an error in this service’s data',
  intro:
    'Tell us what is wrong (phone, address, opening hours…). The catalogue’s editors receive it. It works without signal: it is sent once the device is online.',
  message: 'What is wrong',
  messageHint: 'At most 2000 characters. Do not write sensitive details about a client.',
  contact: 'Your contact (optional)',
  contactHint: 'Phone or e-mail, if you would like an answer.',
  submit: 'Send report',
  cancel: 'Cancel',
  savedOffline: 'The report is saved on this device. We will send it once you are online.',
  sent: 'Thank you. The report is with the catalogue’s editors.',
  sending: 'Sending the report…',
  pending: 'Reports waiting to be sent: {{count}}',
  invalid: 'The report cannot be saved: {{reason}}',
  saveFailed: 'The report could not be saved on this device: {{reason}}',
} satisfies typeof report;
