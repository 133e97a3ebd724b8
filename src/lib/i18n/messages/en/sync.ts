import type cs from '../cs/sync';

export default {
  statusLabel: 'Catalogue status:',
  connecting: 'Connecting…',
  syncing: 'Syncing…',
  synced: 'Up to date',
  offline: 'Offline',
  error: 'Sync error',
  firstSyncLabel: 'Downloading the catalogue',
  firstSyncProgress: 'Downloading the catalogue… {{percent}} %',
  firstSyncWaiting: 'Waiting for a connection; the download will continue.',
  firstSyncDone: 'The catalogue is downloaded and works offline.',
  offlineBanner: 'You are offline. The catalogue works from saved data.',
  lastSynced: 'Last updated {{when}}.',
  neverSynced: 'The catalogue has not been updated yet.',
} satisfies typeof cs;
