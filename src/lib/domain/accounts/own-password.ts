/**
 * What a new password must be, for the settings form (checked before sending) and sync-server's
 * `POST /db/_rozcestnik/password` (checked again, the only check that counts). Characters, not
 * bytes; the upper bound keeps the request small.
 */
export const OWN_PASSWORD_LIMITS = { min: 10, max: 200 };

export const OWN_PASSWORD_URL = '/db/_rozcestnik/password';

export function passwordLength(password: string): number {
  return [...password].length;
}
