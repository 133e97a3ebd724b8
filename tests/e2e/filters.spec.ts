import { expect, test } from './fixtures';
import { SearchPage } from './pages/search.page';

test('filters combine, show counts, live in the URL, survive reload and the back button', async ({
  page,
}) => {
  const search = new SearchPage(page);
  await search.goto();
  await search.expectCountAtLeast(80);
  const all = await search.count_();
  await search.openFilters();

  // The count next to an option is how many services it leaves.
  const field = search.filter('terénní');
  const label =
    (await page.locator(`label[for="${await field.getAttribute('id')}"]`).textContent()) ?? '';
  const expected = Number(/\((\d+)\)/.exec(label)?.[1]);
  await field.check();
  await expect(page).toHaveURL(/forma=ter/);
  await expect(search.count).toHaveText(`Počet služeb: ${expected}`);
  expect(expected).toBeLessThan(all);

  // A second facet narrows further (AND across facets), by keyboard.
  const seniors = search.filter('senioři');
  await seniors.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/forma=ter.*skupina=seniori|skupina=seniori.*forma=ter/);
  const both = await search.count_();
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThanOrEqual(expected);
  const names = await search.resultNames();

  await page.reload();
  await search.expectCountAtLeast(1);
  await expect(search.count).toHaveText(`Počet služeb: ${both}`);
  expect(await search.resultNames()).toEqual(names);
  await search.openFilters();
  await expect(search.filter('terénní')).toBeChecked();
  await expect(search.filter('senioři')).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/forma=ter/);
  await expect(page).not.toHaveURL(/skupina=/);
  await expect(search.count).toHaveText(`Počet služeb: ${expected}`);
  await page.goBack();
  await expect(search.count).toHaveText(`Počet služeb: ${all}`);
});
