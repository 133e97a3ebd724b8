import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { coordinatorRole, groupRole, orpMemberRole } from '../../../src/lib/domain/roles';
import type { CouchClient } from '../couch/couch-client';
import { readUser, userDocId, writeUser } from '../couch/users.storage';

/**
 * Demo accounts for trying the members' side with `npm start` (embedded server only: a real
 * CouchDB is production and gets no accounts with a password on disk). They share one random
 * password, generated once per data directory and kept in `DATA_DIR/demo-accounts.json`
 * (mode 0600) — never a fixed password in the repository that would open every demo install.
 */
export const DEMO_ACCOUNTS_FILE = 'demo-accounts.json';

export const DEMO_ACCOUNTS: readonly { name: string; roles: string[] }[] = [
  { name: 'ck-koordinator', roles: [coordinatorRole('ckrumlov')] },
  { name: 'ck-seniori', roles: [groupRole('ckrumlov', 'seniori'), orpMemberRole('ckrumlov')] },
  { name: 'ck-rodina', roles: [groupRole('ckrumlov', 'rodina'), orpMemberRole('ckrumlov')] },
  { name: 'ck-krize', roles: [groupRole('ckrumlov', 'krize'), orpMemberRole('ckrumlov')] },
  { name: 'dacice-koordinator', roles: [coordinatorRole('dacice')] },
  { name: 'dacice-seniori', roles: [groupRole('dacice', 'seniori'), orpMemberRole('dacice')] },
];

interface AccountsFile {
  password: string;
  accounts: { name: string; roles: string[] }[];
}

/**
 * Creates the demo accounts once per data directory (when the file is absent); accounts that
 * already exist are left as they are. Returns what the file holds.
 */
export async function ensureDemoAccounts(
  client: CouchClient,
  dataDir: string,
): Promise<AccountsFile> {
  const file = path.join(dataDir, DEMO_ACCOUNTS_FILE);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as AccountsFile;
  } catch {
    // First start of this data directory (or the file was removed): create them.
  }
  const stored: AccountsFile = {
    password: randomBytes(12).toString('base64url'),
    accounts: DEMO_ACCOUNTS.map((a) => ({ ...a })),
  };
  for (const account of DEMO_ACCOUNTS) {
    if (await readUser(client, account.name)) continue;
    await writeUser(client, {
      _id: userDocId(account.name),
      type: 'user',
      name: account.name,
      roles: [...account.roles].sort(),
      password: stored.password,
    });
  }
  await writeFile(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  return stored;
}
