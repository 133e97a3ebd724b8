import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The ORP plan as a member or coordinator uses it: plan, activity, monitoring form. */
export class PlanPage {
  readonly syncStatus: Locator;
  readonly monitoringForm: Locator;

  constructor(
    readonly page: Page,
    readonly orp: string,
  ) {
    this.syncStatus = page.getByTestId('group-sync-status');
    this.monitoringForm = page.getByTestId('monitoring-form');
  }

  async openPlan(): Promise<void> {
    await this.page.goto(`/plan/${this.orp}`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: /Komunitní plán/ }),
    ).toBeVisible();
  }

  async openMonitoring(activityCode: string, year: number): Promise<void> {
    await this.page.goto(`/plan/${this.orp}/aktivita/${activityCode}/monitoring/${year}`);
    await expect(
      this.page.getByRole('heading', {
        level: 1,
        name: `Monitoring aktivity ${activityCode} za rok ${year}`,
      }),
    ).toBeVisible();
  }

  async expectSynced(): Promise<void> {
    await expect(this.syncStatus).toContainText('Synchronizováno', { timeout: 20_000 });
    await expect(this.syncStatus).not.toContainText('čeká');
  }

  status(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Uložit monitoring' }).click();
    await expect(
      this.page.getByText('Uloženo v zařízení; odešle se při synchronizaci.'),
    ).toBeVisible();
  }

  async expectNoAxeViolations(): Promise<void> {
    const result = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
    expect(result.violations).toEqual([]);
  }

  /** Tabs forward until the focused element matches; fails after `max` presses. */
  async tabTo(matches: (el: { tag: string; id: string; text: string }) => boolean, max = 60) {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      const el = await this.page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return { tag: a?.tagName ?? '', id: a?.id ?? '', text: a?.textContent?.trim() ?? '' };
      });
      if (matches(el)) return;
    }
    throw new Error('Focus never reached the wanted element');
  }
}
