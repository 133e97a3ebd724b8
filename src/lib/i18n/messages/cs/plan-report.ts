/** The plan's change view (what changed since last year) and the yearly report. */
export default {
  added: 'přidáno: ',
  removed: 'odstraněno: ',
  legendTitle: 'Jak číst změny',
  legendSame: 'Černě: znění z roku {{before}}, které platí dál.',
  legendAdded: 'Modře, podtrženě a v závorkách [+ ]: aktualizace roku {{after}} (doplněný text).',
  legendRemoved:
    'Červeně, přeškrtnutě a v závorkách [− ]: znění z roku {{before}}, které bylo vypuštěno.',
  sampleSame: 'beze změny',
  sampleAdded: 'doplněno',
  sampleRemoved: 'vypuštěno',
  wordingOf: 'Znění {{year}}',
  noTextBefore: 'V roce {{year}} text nebyl.',
  noTextAfter: 'Od roku {{year}} text není.',
  newText: 'Nový text',
  droppedText: 'Vypuštěný text',
  unchanged: 'Beze změny.',
};
