import type cs from '../cs/errors';

export default {
  offline: 'You are offline. We will try again once you are connected.',
  unreachable: 'The server could not be reached just now. We will try again.',
  timeout: 'The server did not answer in time. We will try again.',
  denied: 'Your sign-in has expired or you lack permission. Please sign in again.',
  server: 'The server has a fault. We will try again shortly.',
  storage: 'Data on this device cannot be read or saved (storage may be full).',
  unknown: 'Something went wrong. We will try again.',
} satisfies typeof cs;
