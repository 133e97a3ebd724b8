import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Device tokens for answering surveys: `v1.<issued, s>.<random id>.<HMAC-SHA256>`, signed with a
 * secret kept in DATA_DIR, so issuing one writes nothing to the database and any request can be
 * checked without a lookup. The token says nothing about the person; it only lets the answer
 * endpoint count answers per device (rate limit) besides per address.
 */
export const SURVEY_SECRET_FILE = 'survey-token.secret';
/** Long enough for a field worker's phone that stays offline for weeks. */
export const TOKEN_LIFETIME_S = 180 * 86_400;

export type TokenCheck = { ok: true; deviceId: string } | { ok: false };

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function issueDeviceToken(secret: string, now: number = Date.now()): string {
  const payload = `v1.${Math.floor(now / 1000)}.${randomBytes(12).toString('base64url')}`;
  return `${payload}.${sign(secret, payload)}`;
}

export function checkDeviceToken(
  secret: string,
  token: string,
  now: number = Date.now(),
): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1') return { ok: false };
  const [, issued, id, mac] = parts as [string, string, string, string];
  // Copied into plain Uint8Arrays: the app's DOM typings and Node's Buffer disagree otherwise.
  const expected = new Uint8Array(Buffer.from(sign(secret, parts.slice(0, 3).join('.'))));
  const given = new Uint8Array(Buffer.from(mac));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false };
  const issuedS = Number(issued);
  const nowS = now / 1000;
  if (!Number.isInteger(issuedS) || issuedS > nowS + 300 || nowS - issuedS > TOKEN_LIFETIME_S) {
    return { ok: false };
  }
  return { ok: true, deviceId: id };
}

/** Reads DATA_DIR's secret (base64url text, the HMAC key), creating it (owner-only) on the first start. */
export async function loadSurveySecret(dataDir: string): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, SURVEY_SECRET_FILE);
  try {
    const text = (await readFile(file, 'utf8')).trim();
    if (text.length >= 32) return text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // `wx`: a concurrent first start keeps whichever file was written first.
  await writeFile(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  return (await readFile(file, 'utf8')).trim();
}
