// The e2e tests drive Debian's chromium (Playwright's own browser download is not used).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);

if (process.getuid?.() === 0) {
  console.log(`${CHROMIUM} is missing; installing Debian's chromium package…`);
  execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
  if (existsSync(CHROMIUM)) process.exit(0);
  console.error(`apt-get finished but ${CHROMIUM} still does not exist.`);
  process.exit(1);
}

console.error(
  `${CHROMIUM} is missing. Install it as root: apt-get update && apt-get install -y chromium\n` +
    '(or set CHROMIUM_PATH to an existing Chromium binary).',
);
process.exit(1);
