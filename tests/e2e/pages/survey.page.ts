import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A survey answered at /ankety/<orp>/<key>, driven by keyboard only. */
export class SurveyPage {
  readonly submit: Locator;
  readonly fieldMode: Locator;
  readonly thanks: Locator;

  constructor(readonly page: Page) {
    this.submit = page.getByRole('button', { name: 'Odeslat odpovědi' });
    this.fieldMode = page.getByRole('checkbox', { name: 'Vyplňuji s klientem (terénní práce)' });
    this.thanks = page.getByRole('heading', { level: 1, name: 'Děkujeme za vaše odpovědi!' });
  }

  async goto(orp: string, key: string, title: string): Promise<void> {
    await this.page.goto(`/ankety/${orp}/${key}`);
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  question(n: number): Locator {
    return this.page.locator('.question').nth(n - 1);
  }

  /** Focuses an element and presses keys: what a keyboard user does after tabbing there. */
  async keys(target: Locator, ...keys: string[]): Promise<void> {
    await target.focus();
    for (const key of keys) await this.page.keyboard.press(key);
  }

  async type(target: Locator, text: string): Promise<void> {
    await target.focus();
    await this.page.keyboard.type(text);
  }

  /** Answers the demo survey's required questions with the keyboard. */
  async answerRequired(): Promise<void> {
    // 1 municipality (a select of the ORP's territory, from the catalogue on the device): the
    // first municipality below "Vyberte…".
    const options = this.question(1).getByRole('option');
    await expect.poll(() => options.count(), { timeout: 30_000 }).toBeGreaterThan(1);
    await this.keys(this.question(1).getByRole('combobox'), 'ArrowDown');
    // 2 age group, 3 one choice, 5 scale: radio groups (Space checks the focused radio).
    await this.keys(this.question(2).getByRole('radio').first(), 'Space');
    await this.keys(this.question(3).getByRole('radio').first(), 'Space');
    await this.keys(this.question(5).getByRole('radio').nth(3), 'Space');
  }

  async send(): Promise<void> {
    await this.keys(this.submit, 'Enter');
  }

  async expectAccessible(): Promise<void> {
    const axe = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }

  async expectNoSidewaysScroll(): Promise<void> {
    const overflow = await this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }
}
