/** The plan's change view (what changed since last year) and the yearly report. */
export default {
  added: 'added: ',
  removed: 'removed: ',
  legendTitle: 'How to read the changes',
  legendSame: 'Black: the {{before}} wording that still stands.',
  legendAdded: 'Blue, underlined and in brackets [+ ]: the {{after}} update (added text).',
  legendRemoved:
    'Red, struck through and in brackets [− ]: the {{before}} wording that was dropped.',
  sampleSame: 'unchanged',
  sampleAdded: 'added',
  sampleRemoved: 'dropped',
  wordingOf: 'Wording of {{year}}',
  noTextBefore: 'There was no text in {{year}}.',
  noTextAfter: 'No text from {{year}} on.',
  newText: 'New text',
  droppedText: 'Dropped text',
  unchanged: 'Unchanged.',
};
