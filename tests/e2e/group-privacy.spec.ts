import { expect, test } from './fixtures';
import { E2E_ORIGIN } from './e2e.env';
import { serverDoc, setUpGroup, type GroupSetup } from './groups.admin';
import { MembersPage } from './pages/members.page';

/**
 * A member of group B must not see group A's minutes: not in the UI (a direct link shows that
 * there is no access, renders nothing of A and replicates nothing of A onto the device), and
 * not over HTTP with B's own session.
 */
let groupA: GroupSetup;
let groupB: GroupSetup;
const SECRET_TITLE = 'Tajná schůzka skupiny A';
const SECRET_NOTE = 'Důvěrný zápis skupiny A';
const KEY = '2031-03-04-taja';

function first(setup: GroupSetup) {
  const m = setup.members[0];
  if (!m) throw new Error('no member');
  return m;
}

async function putAsMember(setup: GroupSetup, doc: Record<string, unknown>): Promise<void> {
  const who = first(setup);
  const response = await fetch(
    `${E2E_ORIGIN}/db/${setup.db}/${encodeURIComponent(String(doc._id))}`,
    {
      method: 'PUT',
      headers: {
        authorization: `Basic ${Buffer.from(`${who.name}:${who.password}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(doc),
    },
  );
  if (response.status !== 201) throw new Error(`PUT ${String(doc._id)}: ${response.status}`);
}

test.beforeAll(async () => {
  groupA = await setUpGroup();
  groupB = await setUpGroup();
  const author = first(groupA).name;
  const at = new Date().toISOString();
  const authored = { createdBy: author, createdAt: at, updatedBy: author, updatedAt: at };
  await putAsMember(groupA, {
    _id: `meeting:${KEY}`,
    type: 'meeting',
    title: SECRET_TITLE,
    date: '2031-03-04',
    time: '10:00',
    place: 'Radnice',
    status: 'draft',
    ...authored,
  });
  await putAsMember(groupA, {
    _id: `agenda-item:${KEY}:1`,
    type: 'agenda-item',
    meetingId: KEY,
    n: 1,
    title: 'Rozpočet',
    notes: SECRET_NOTE,
    locked: false,
    ...authored,
  });
  expect((await serverDoc(groupA.db, `meeting:${KEY}`))?.title).toBe(SECRET_TITLE);
});

test('a member of group B opening group A’s meeting by URL sees no access and nothing of A', async ({
  page,
}) => {
  const members = new MembersPage(page);
  const bob = first(groupB);
  await members.signInOk(bob.name, bob.password);
  await members.openGroup(groupB.groupName);
  await members.expectSynced();

  await page.goto(`/skupiny/${groupA.db}/schuzka/${KEY}`);
  await expect(page.getByText('Do této skupiny nemáte přístup')).toBeVisible();
  await page.goto(`/skupiny/${groupA.db}`);
  await expect(page.getByText('Do této skupiny nemáte přístup')).toBeVisible();
  await page.goto(`/skupiny/${groupA.db}/konflikty`);
  await expect(page.getByText('Do této skupiny nemáte přístup')).toBeVisible();
  await expect(page.getByText(SECRET_TITLE)).toHaveCount(0);
  await expect(page.getByText(SECRET_NOTE)).toHaveCount(0);
  await expect(page.getByText(groupA.groupName)).toHaveCount(0);

  // Nothing of A was replicated: no local database of A's, and the read model has no A rows.
  const local = await page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name ?? ''),
  );
  expect(local.some((name) => name.includes(groupB.db))).toBe(true);
  expect(local.filter((name) => name.includes(groupA.db))).toEqual([]);

  // Over HTTP with B's own session cookie, through the same proxy the app uses.
  const answers = await page.evaluate(
    async ({ db, key }) => {
      const paths = [
        `/db/${db}/meeting:${key}`,
        `/db/${db}/agenda-item:${key}:1`,
        `/db/${db}/_all_docs?include_docs=true`,
        `/db/${db}/_changes?include_docs=true`,
      ];
      const result: number[] = [];
      for (const path of paths) {
        result.push((await fetch(path, { credentials: 'same-origin' })).status);
      }
      return result;
    },
    { db: groupA.db, key: KEY },
  );
  for (const status of answers) expect([401, 403]).toContain(status);
  // The same session reads its own group: the refusals above are about A, not a broken session.
  const own = await page.evaluate(
    async (db) => (await fetch(`/db/${db}/_all_docs`, { credentials: 'same-origin' })).status,
    groupB.db,
  );
  expect(own).toBe(200);
});
