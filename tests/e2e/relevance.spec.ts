import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { SearchPage } from './pages/search.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAxeViolations(page: import('@playwright/test').Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test.describe('search relevance', () => {
  test('a sentence no service matches fully still gets ranked results and situations to tap', async ({
    page,
  }) => {
    const search = new SearchPage(page);
    await search.goto();
    await search.expectCountAtLeast(80);
    await search.type('táta pije a je agresivní');
    await expect(
      page.getByText('Žádná služba neodpovídá všem slovům, ukazujeme nejbližší shody.'),
    ).toBeVisible();
    await search.expectCountAtLeast(1);
    await expect(search.results.first()).toContainText('Intervenční centrum');
    const suggestions = page.getByRole('region', { name: 'Možná jde o tuto situaci' });
    await expect(suggestions).toBeVisible();
    await expectNoAxeViolations(page);

    await suggestions.getByRole('button', { name: 'Zažívám domácí násilí' }).click();
    await expect(page).toHaveURL(/situace=domaci-nasili/);
    await expect(page).not.toHaveURL(/[?&]q=/);
    await expect(search.searchBox).toHaveValue('');
    await expect(search.results.first()).toContainText('Intervenční centrum');
    await expect(search.results.first()).toContainText('Proč vám může pomoci:');
  });

  test('a municipality finds the services that serve it, not only those with an address there', async ({
    page,
  }) => {
    const search = new SearchPage(page);
    await search.goto();
    await search.expectCountAtLeast(80);
    await search.type('Kájov');
    await search.expectCountAtLeast(1);
    // Based in Český Krumlov, it serves Kájov among the ORP's municipalities.
    await expect(search.result('Osobní asistence Český Krumlov')).toBeVisible();
    await expect(search.result('Azylový dům pro muže Dačice')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a card reached from a life situation comes in its order and says why it helps', async ({
    page,
  }) => {
    const search = new SearchPage(page);
    await search.goto('?situace=starnu-doma-nezvladam');
    await search.expectCountAtLeast(1);
    const first = search.results.first();
    // The situation lists the home care service first (before counselling).
    await expect(first.getByRole('heading', { level: 3 })).toContainText('Pečovatelská služba');
    await expect(first).toContainText('Proč vám může pomoci:');
    await expect(first).toContainText('Pečovatelka vám pomůže');
    await expectNoAxeViolations(page);

    const link = first.getByRole('link');
    await expect(link).toHaveAttribute('href', /situace=starnu-doma-nezvladam/);
    await link.click();
    await expect(page).toHaveURL(/\/sluzba\/.*situace=starnu-doma-nezvladam/);
    await expect(
      page.getByRole('heading', { name: 'Proč vám tato služba může pomoci' }),
    ).toBeVisible();
  });
});
