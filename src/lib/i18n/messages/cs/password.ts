export default {
  heading: 'Změnit heslo',
  intro:
    'Nové heslo musí mít aspoň {{min}} znaků. Po změně zůstanete přihlášeni na tomto zařízení.',
  current: 'Současné heslo',
  next: 'Nové heslo',
  repeat: 'Nové heslo znovu',
  submit: 'Změnit heslo',
  saving: 'Měním heslo…',
  changed: 'Heslo je změněné.',
  changedSignIn: 'Heslo je změněné. Přihlaste se prosím novým heslem.',
  problems: {
    currentMissing: 'Vyplňte současné heslo.',
    tooShort: 'Nové heslo musí mít aspoň {{min}} znaků.',
    mismatch: 'Obě nová hesla se musí shodovat.',
    offline: 'Jste offline. Heslo lze změnit jen s připojením k internetu.',
    expired: 'Přihlášení vypršelo. Přihlaste se prosím znovu a pak heslo změňte.',
  },
};
