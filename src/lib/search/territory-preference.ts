/**
 * The territory the user picked on the home page (an ORP key, or undefined for the whole
 * region), remembered on this device. localStorage, because it is read synchronously on first
 * paint and is a plain device preference that never syncs.
 */
const KEY = 'rozcestnik:territory';

export function loadTerritory(): string | undefined {
  return globalThis.localStorage?.getItem(KEY) || undefined;
}

export function saveTerritory(orp: string | undefined): void {
  if (orp) globalThis.localStorage?.setItem(KEY, orp);
  else globalThis.localStorage?.removeItem(KEY);
}
