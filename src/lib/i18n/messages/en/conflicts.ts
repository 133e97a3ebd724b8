export default {
  title: 'Concurrent edits',
  intro:
    'Two people edited these records at the same time and the changes could not be merged automatically. Nothing was lost: choose a version or combine them.',
  none: 'No concurrent edits are waiting.',
  version: 'Version {{n}}',
  by: 'Edited by {{name}}, {{when}}',
  keep: 'Keep version {{n}}',
  combine: 'Combine by hand: {{field}}',
  saveCombined: 'Save the combined version',
  resolved: 'Resolved. The other versions were removed.',
  failed: 'Could not save: {{reason}}',
  noBase:
    'The common original version can no longer be found, so the versions are shown whole side by side.',
  field: 'Field',
  back: 'Back to the group',
  empty: '(empty)',
  lockedCoordinator:
    'Some of them are in approved minutes: only a coordinator, that is you, can resolve those.',
  lockedCount_one: '{{count}} in approved minutes waits for a coordinator',
  lockedCount_few: '{{count}} in approved minutes wait for a coordinator',
  lockedCount_other: '{{count}} in approved minutes wait for a coordinator',
  openMeeting: 'Open the meeting minutes',
};
