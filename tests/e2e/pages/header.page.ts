import { expect, type Page } from '@playwright/test';

/**
 * The site header. On a phone its links are inside the "Menu" disclosure; from 48rem on they
 * sit in the bar and the button is not drawn. `openMenu` opens it when there is one, so a spec
 * reaches the header's links the way a person on either screen does.
 */
export async function openMenu(page: Page): Promise<void> {
  const toggle = page.getByRole('banner').getByRole('button', { name: 'Menu', exact: true });
  if (!(await toggle.isVisible())) return;
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}
