import { t } from '$lib/i18n/i18n.svelte';

/**
 * What went wrong with a sync or a send, in kinds a person can act on. The raw messages come
 * from fetch ("Failed to fetch", Firefox's "NetworkError when attempting to fetch resource.",
 * Safari's "Load failed"), PouchDB (`unauthorized`, status codes), the /db proxy's 502 and
 * IndexedDB; they are English and technical, so the UI shows the kind's text instead.
 */
export type NetworkErrorKind =
  'offline' | 'unreachable' | 'timeout' | 'denied' | 'server' | 'storage' | 'unknown';

const RULES: [RegExp, NetworkErrorKind][] = [
  [/quota|indexeddb|dexie|storage|místní data/i, 'storage'],
  [/time[d ]?out|timed out|aborted|abort/i, 'timeout'],
  [/unauthori[sz]ed|forbidden|denied|\b40[13]\b|session|name or password/i, 'denied'],
  [
    /\b5\d\d\b|\b429\b|too many|bad gateway|service unavailable|internal server error|nedostupn/i,
    'server',
  ],
  [
    /failed to fetch|networkerror|network error|load failed|fetch failed|econn|enotfound|err_|network request failed|worker failed/i,
    'unreachable',
  ],
];

export function networkErrorKind(raw: string, online: boolean): NetworkErrorKind {
  const kind = RULES.find(([pattern]) => pattern.test(raw))?.[1] ?? 'unknown';
  // Without a connection every network failure is just that: no point blaming the server.
  if (!online && kind !== 'storage' && kind !== 'denied') return 'offline';
  return kind;
}

/**
 * The error's text in the current UI language (`errors.*`). `keepUnknown` shows a message of no
 * known kind as it is: the caller knows it is already meant for people (a server's reason).
 */
export function networkErrorText(raw: string, keepUnknown = false): string {
  const kind = networkErrorKind(raw, navigator.onLine);
  return kind === 'unknown' && keepUnknown ? raw : t(`errors.${kind}`);
}
