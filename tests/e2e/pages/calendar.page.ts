import { expect, type Locator, type Page } from '@playwright/test';
import { openMenu } from './header.page';

/** The members' calendar and the meeting-details form, as a person uses them. */
export class CalendarPage {
  readonly heading: Locator;
  readonly upcoming: Locator;
  readonly webcalLink: Locator;
  readonly httpsLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Kalendář schůzek' });
    this.upcoming = page.getByRole('heading', { level: 2, name: 'Nadcházející schůzky' });
    this.webcalLink = page.getByLabel('Odkaz webcal://');
    this.httpsLink = page.getByLabel('Odkaz https://');
  }

  /** Through the members' navigation, as a person would get there. */
  async openFromNav(): Promise<void> {
    await openMenu(this.page);
    await this.page
      .getByRole('navigation', { name: 'Moje skupiny' })
      .getByRole('link', { name: 'Kalendář' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  month(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  async createFeedLink(): Promise<{ https: string; webcal: string }> {
    await this.page.getByRole('button', { name: /odkaz pro odběr|nový odkaz/ }).click();
    await expect(this.page.getByText('Odkaz je vytvořený.')).toBeVisible();
    return {
      https: await this.httpsLink.inputValue(),
      webcal: await this.webcalLink.inputValue(),
    };
  }
}

export class MeetingDetailsForm {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.getByLabel('Název schůzky');
  }
  date(): Locator {
    return this.page.getByLabel('Datum schůzky');
  }
  time(): Locator {
    return this.page.getByLabel('Čas začátku');
  }
  place(): Locator {
    return this.page.getByLabel('Místo konání');
  }
  editButton(): Locator {
    return this.page.getByRole('button', { name: 'Upravit údaje' });
  }
  save(): Promise<void> {
    return this.page.getByRole('button', { name: 'Uložit', exact: true }).click();
  }
}
