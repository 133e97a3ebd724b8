export default {
  open: 'Nahlásit chybu v údajích',
  heading: 'Nahlásit chybu v údajích služby',
  intro:
    'Napište, co nesedí (telefon, adresa, provozní doba…). Hlášení dostanou editoři katalogu. Funguje i bez signálu: odešle se, až bude zařízení online.',
  message: 'Co je špatně',
  messageHint: 'Nejvýše 2000 znaků. Nepište citlivé údaje o klientovi.',
  contact: 'Váš kontakt (nepovinné)',
  contactHint: 'Telefon nebo e-mail, pokud chcete odpověď.',
  submit: 'Odeslat hlášení',
  cancel: 'Zrušit',
  savedOffline: 'Hlášení je uložené v zařízení. Odešleme ho automaticky, jakmile budete online.',
  sent: 'Děkujeme. Hlášení jsme předali editorům katalogu.',
  sending: 'Odesílám hlášení…',
  pending: 'Hlášení čekající na odeslání: {{count}}',
  invalid: 'Hlášení nelze uložit: {{reason}}',
  saveFailed: 'Hlášení se nepodařilo uložit v zařízení: {{reason}}',
};
