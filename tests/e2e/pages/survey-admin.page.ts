import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The coordinator's survey pages (list, builder, results), driven from the keyboard. */
export class SurveyAdminPage {
  constructor(
    readonly page: Page,
    readonly orp: string,
  ) {}

  async expectNoAxeViolations(): Promise<void> {
    const result = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
    expect(result.violations).toEqual([]);
  }

  /** Tab until the control has focus, as a keyboard user reaches it. */
  async tabTo(target: Locator, max = 200): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error('Tab never reached the control');
  }

  /** Activates a button or link with Enter after tabbing to it. */
  async press(target: Locator): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.press('Enter');
  }

  /** Types into a field reached by Tab (select-all first, so it replaces). */
  async type(target: Locator, text: string): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  async expectSynced(): Promise<void> {
    await expect(this.page.getByTestId('survey-sync')).toHaveAttribute('data-synced', 'true', {
      timeout: 20_000,
    });
  }
}
