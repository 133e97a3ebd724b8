/** Network and storage problems in words (src/lib/services/network-error.ts picks the kind). */
export default {
  offline: 'Jste offline. Jakmile bude připojení, zkusíme to znovu sami.',
  unreachable: 'Server se teď nepodařilo zastihnout. Zkusíme to znovu sami.',
  timeout: 'Server neodpověděl včas. Zkusíme to znovu sami.',
  denied: 'Přihlášení vypršelo nebo k tomu nemáte oprávnění. Přihlaste se prosím znovu.',
  server: 'Na serveru je porucha. Zkusíme to znovu sami za chvíli.',
  storage: 'Data v tomto zařízení nelze načíst ani uložit (možná je plné úložiště).',
  unknown: 'Něco se nepovedlo. Zkusíme to znovu sami.',
};
