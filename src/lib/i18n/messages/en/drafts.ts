export default {
  unsaved: 'Not saved. A draft is kept on this device as you type.',
  restored: 'Restored an unsaved draft from {{when}}.',
  discard: 'Discard draft',
  discarded: 'Draft discarded.',
  leftBehind: 'An unsaved draft was kept on this device.',
  goBack: 'Back to the form',
  dismiss: 'Dismiss',
};
