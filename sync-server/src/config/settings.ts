import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { StartupError } from './startup-error';

/** Everything sync-server and its CLI tools read from the environment, parsed once. */
export interface Settings {
  port: number;
  /** Loopback by default: put a TLS-terminating reverse proxy in front for the network. */
  host: string;
  /** Absolute path; holds the embedded server's data, admin.json and embedded-couch.json. */
  dataDir: string;
  /** Absolute path of the built PWA (SvelteKit adapter-static output). */
  buildDir: string;
  /** Set: use this Apache CouchDB. Unset: start the embedded CouchDB-compatible server. */
  couchdbUrl: string | undefined;
  couchdbUser: string | undefined;
  couchdbPassword: string | undefined;
  /** SESSION_DAYS: how long a sign-in lasts without use (refreshed while used); persistent cookie. */
  sessionSeconds: number;
  /** DEMO_DATA=on|off: load the fictional demo catalogue, plans and accounts. Default: on only
   * for the embedded server; production (COUCHDB_URL) starts empty. */
  demoData: boolean;
  /**
   * TRUST_PROXY: off (false) by default. On, sync-server believes the reverse proxy in front
   * of it about the client (X-Forwarded-For: rate limits per address) and the scheme
   * (X-Forwarded-Proto: `Secure` session cookies, HSTS). Express's "trust proxy" value.
   */
  trustProxy: false | number | string;
  /** SURVEY_TOKENS_PER_HOUR, SURVEY_ANSWERS_PER_DEVICE_PER_HOUR, SURVEY_ANSWERS_PER_ADDRESS_PER_HOUR:
   * the anonymous survey endpoints' rate limits (docs/surveys.md); unset keeps the defaults. */
  surveyLimits: {
    tokensPerAddress?: number;
    answersPerDevice?: number;
    answersPerAddress?: number;
  };
}

const DEFAULT_SESSION_DAYS = 14;
const MAX_SESSION_DAYS = 365;

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return 3000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || port > 65535) {
    throw new StartupError(`PORT must be a whole number from 0 to 65535, not "${raw}".`);
  }
  return port;
}

function parseCouchUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StartupError('COUCHDB_URL is not a valid URL; use e.g. http://127.0.0.1:5984.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StartupError('COUCHDB_URL must start with http:// or https://.');
  }
  return raw.replace(/\/+$/, '');
}

/** Days as seconds; fractions allowed (tests use a few seconds), whole seconds result. */
function parseSessionDays(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_SESSION_DAYS * 86_400;
  const days = Number(raw);
  if (!Number.isFinite(days) || days <= 0 || days > MAX_SESSION_DAYS) {
    throw new StartupError(
      `SESSION_DAYS must be a number of days above 0 and at most ${MAX_SESSION_DAYS}, not "${raw}".`,
    );
  }
  return Math.max(1, Math.round(days * 86_400));
}

function parseDemoData(raw: string | undefined, couchdbUrl: string | undefined): boolean {
  if (raw === undefined) return couchdbUrl === undefined;
  const value = raw.trim().toLowerCase();
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new StartupError(`DEMO_DATA must be "on" or "off", not "${raw}".`);
}

function parseTrustProxy(raw: string | undefined): false | number | string {
  if (raw === undefined) return false;
  const value = raw.trim().toLowerCase();
  if (['0', 'false', 'off', 'no'].includes(value)) return false;
  // On: trust the one proxy right in front (the last X-Forwarded-For hop, which it appended).
  if (['1', 'true', 'on', 'yes'].includes(value)) return 1;
  if (/^\d+$/.test(value)) return Number(value);
  // Addresses or subnets of the trusted proxies, e.g. "loopback" or "10.0.0.0/8, 10.1.2.3".
  if (/^[\w.:/,\s-]+$/.test(value)) return value;
  throw new StartupError(
    `TRUST_PROXY must be off, on, a number of proxy hops or the proxies' addresses, not "${raw}".`,
  );
}

function parsePerHour(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) {
    throw new StartupError(
      `${name} must be a whole number of requests per hour (1 or more), not "${raw}".`,
    );
  }
  return Number(raw);
}

function parseSurveyLimits(env: NodeJS.ProcessEnv): Settings['surveyLimits'] {
  const limits: Settings['surveyLimits'] = {};
  const tokens = parsePerHour('SURVEY_TOKENS_PER_HOUR', nonEmpty(env.SURVEY_TOKENS_PER_HOUR));
  const device = parsePerHour(
    'SURVEY_ANSWERS_PER_DEVICE_PER_HOUR',
    nonEmpty(env.SURVEY_ANSWERS_PER_DEVICE_PER_HOUR),
  );
  const address = parsePerHour(
    'SURVEY_ANSWERS_PER_ADDRESS_PER_HOUR',
    nonEmpty(env.SURVEY_ANSWERS_PER_ADDRESS_PER_HOUR),
  );
  if (tokens !== undefined) limits.tokensPerAddress = tokens;
  if (device !== undefined) limits.answersPerDevice = device;
  if (address !== undefined) limits.answersPerAddress = address;
  return limits;
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const couchdbUrl = parseCouchUrl(nonEmpty(env.COUCHDB_URL));
  return {
    port: parsePort(nonEmpty(env.PORT)),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    dataDir: path.resolve(nonEmpty(env.DATA_DIR) ?? 'data'),
    buildDir: path.resolve(nonEmpty(env.BUILD_DIR) ?? path.join(repoRoot, 'build')),
    couchdbUrl,
    couchdbUser: nonEmpty(env.COUCHDB_USER),
    couchdbPassword: nonEmpty(env.COUCHDB_PASSWORD),
    sessionSeconds: parseSessionDays(nonEmpty(env.SESSION_DAYS)),
    demoData: parseDemoData(nonEmpty(env.DEMO_DATA), couchdbUrl),
    trustProxy: parseTrustProxy(nonEmpty(env.TRUST_PROXY)),
    surveyLimits: parseSurveyLimits(env),
  };
}

/** A URL fit for logs: never the credentials that COUCHDB_URL may carry. */
export function displayUrl(raw: string): string {
  const url = new URL(raw);
  url.username = '';
  url.password = '';
  return url.toString().replace(/\/+$/, '');
}
