import type cs from '../cs/send';

export default {
  heading: 'Send to the client',
  intro: "Send the chosen services' contacts to the client's phone or e-mail.",
  sms: 'Send a text message',
  email: 'Send by e-mail',
  qr: 'Show a QR code',
  qrHide: 'Hide the QR code',
  qrLabel: "QR code with the chosen services' contacts",
  qrHint: "The client scans the code with the phone's camera and keeps the text.",
  qrTooLong: 'There is too much text for a QR code. Send it as a text message or e-mail.',
  share: 'Share…',
  shared: 'Sent.',
  copied: 'The text is copied; paste it into a message.',
  failed: 'Sharing did not work.',
  subject: 'Social services that can help you',
  textIntro: 'Services that can help you:',
} satisfies typeof cs;
