/** Sending the shortlist to a client: text message, e-mail, QR code, share (seznam). */
export default {
  heading: 'Poslat klientovi',
  intro: 'Kontakty na vybrané služby pošlete klientovi do telefonu nebo e-mailu.',
  sms: 'Poslat SMS',
  email: 'Poslat e-mailem',
  qr: 'Ukázat QR kód',
  qrHide: 'Skrýt QR kód',
  qrLabel: 'QR kód s kontakty na vybrané služby',
  qrHint: 'Klient si kód načte fotoaparátem telefonu a uloží si text s kontakty.',
  qrTooLong: 'Na QR kód je textu příliš mnoho. Pošlete jej SMS nebo e-mailem.',
  share: 'Sdílet…',
  shared: 'Odesláno.',
  copied: 'Text je zkopírovaný, vložte jej do zprávy.',
  failed: 'Sdílení se nepovedlo.',
  subject: 'Sociální služby, které vám mohou pomoci',
  textIntro: 'Služby, které vám mohou pomoci:',
};
