import { test as base, expect } from '@playwright/test';
import { CatalogPage } from './pages/catalog.page';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Every spec gets a CatalogPage and a CSP guard: violations seen by the page (event or console)
 * fail the test, so the policy Kit writes and the app's real behaviour stay in step.
 */
export const test = base.extend<{ catalog: CatalogPage; cspGuard: void }>({
  cspGuard: [
    async ({ page }, use) => {
      const fromConsole: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (/Content Security Policy|Refused to (load|execute|apply|connect|create)/i.test(text)) {
          fromConsole.push(text);
        }
      });
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations?.push(`${event.violatedDirective}: ${event.blockedURI}`);
        });
      });
      await use();
      const fromEvents = page.isClosed()
        ? []
        : await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      expect([...fromConsole, ...fromEvents], 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  catalog: async ({ page }, use) => {
    await use(new CatalogPage(page));
  },
});

export { expect };
