import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { E2E_ORIGIN } from './e2e.env';
import { setUpGroup } from './groups.admin';
import { MembersPage } from './pages/members.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function signInStatus(name: string, password: string): Promise<number> {
  const response = await fetch(`${E2E_ORIGIN}/db/_session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  return response.status;
}

test('a member changes their own password in Settings and stays signed in', async ({ page }) => {
  const setup = await setUpGroup();
  const jana = setup.members[0]!;
  const members = new MembersPage(page);
  await members.signInOk(jana.name, jana.password);

  await page.goto('/nastaveni');
  const form = page.getByRole('region', { name: 'Změnit heslo' });
  const current = form.getByLabel('Současné heslo');
  const next = form.getByLabel('Nové heslo', { exact: true });
  const repeat = form.getByLabel('Nové heslo znovu');
  const submit = form.getByRole('button', { name: 'Změnit heslo' });
  await expect(current).toHaveAttribute('autocomplete', 'current-password');
  await expect(next).toHaveAttribute('autocomplete', 'new-password');

  // Checked before sending: what was typed stays, the field says why.
  await current.fill(jana.password);
  await next.fill('kratke');
  await repeat.fill('kratke');
  await submit.click();
  await expect(next).toHaveAttribute('aria-invalid', 'true');
  await expect(
    form.getByText('Nové heslo musí mít aspoň 10 znaků.', { exact: true }),
  ).toBeVisible();
  await expect(next).toBeFocused();

  const newPassword = `nove-heslo-${Date.now()}`;
  await next.fill(newPassword);
  await repeat.fill(`${newPassword}x`);
  await submit.click();
  await expect(form.getByText('Obě nová hesla se musí shodovat.')).toBeVisible();

  // The server's answer, in Czech, announced.
  await repeat.fill(newPassword);
  await current.fill('spatne-heslo');
  await submit.click();
  await expect(form.getByRole('alert')).toHaveText('Současné heslo není správné.');
  await expect(current).toHaveValue('spatne-heslo');

  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await current.fill(jana.password);
  await submit.click();
  await expect(form.getByRole('status')).toHaveText('Heslo je změněné.');
  await expect(current).toHaveValue('');

  expect(await signInStatus(jana.name, jana.password)).toBe(401);
  expect(await signInStatus(jana.name, newPassword)).toBe(200);

  // The fresh session cookie keeps the member signed in and syncing.
  await page.goto('/skupiny');
  await members.openGroup(setup.groupName);
  await members.expectSynced();
});
