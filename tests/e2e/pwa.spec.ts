import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { E2E_BUILD_DIR } from './e2e.env';
import { expect, test } from './fixtures';

const PNG_SIGNATURE = '89504e470d0a1a0a';

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe(PNG_SIGNATURE);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

test.describe('installable app', () => {
  test('the page links a valid manifest whose icons load as PNGs of the stated size', async ({
    catalog,
    page,
    request,
  }) => {
    await catalog.goto();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const response = await request.get(new URL(href!, page.url()).toString());
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };

    expect(manifest).toMatchObject({
      name: 'Rozcestník',
      short_name: 'Rozcestník',
      lang: 'cs',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(
      manifest.theme_color,
    );

    const want = [
      { size: 192, purpose: 'any' },
      { size: 512, purpose: 'any' },
      { size: 512, purpose: 'maskable' },
    ];
    for (const { size, purpose } of want) {
      const icon = manifest.icons.find(
        (i) => i.sizes === `${size}x${size}` && (i.purpose ?? 'any').split(' ').includes(purpose),
      );
      expect(icon, `${purpose} icon ${size}`).toBeDefined();
      expect(icon!.type).toBe('image/png');
      const image = await request.get(new URL(icon!.src, page.url()).toString());
      expect(image.ok()).toBe(true);
      expect(image.headers()['content-type']).toContain('image/png');
      expect(pngSize(await image.body())).toEqual({ width: size, height: size });
    }
  });

  test('the service worker activates, controls the page and precaches the app shell', async ({
    catalog,
    page,
    request,
  }) => {
    await catalog.goto();
    // clientsClaim: the first visit is taken over without a reload.
    await catalog.waitForServiceWorkerControl();
    const registration = await page.evaluate(async () => {
      const ready = await navigator.serviceWorker.ready;
      return { script: ready.active?.scriptURL, scope: ready.scope };
    });
    expect(new URL(registration.script!).pathname).toBe('/sw.js');
    expect(new URL(registration.scope).pathname).toBe('/');
    await page.waitForFunction(async () => {
      const ready = await navigator.serviceWorker.ready;
      return ready.active?.state === 'activated';
    });

    await page.reload();
    await catalog.waitForServiceWorkerControl();

    const sw = await (await request.get('/sw.js')).text();
    expect(sw).toContain('200.html');
    // Navigations to the CouchDB proxy never get the cached shell.
    expect(sw).toContain('denylist:[/^\\/db\\//]');

    // The shell, its scripts and styles are in Cache Storage, ready for offline starts.
    const cached = await page.evaluate(async () => {
      const assets = [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];
      const urls = ['/', '/200.html', '/manifest.webmanifest', ...assets.map((l) => l.href)];
      const hits = await Promise.all(
        urls.map(async (url) => [url, !!(await caches.match(url, { ignoreSearch: true }))]),
      );
      return Object.fromEntries(hits) as Record<string, boolean>;
    });
    for (const [url, hit] of Object.entries(cached)) expect(hit, `${url} precached`).toBe(true);
  });

  test('a new deployment offers "Načíst znovu" and reloads only when asked', async ({
    catalog,
    page,
  }) => {
    await catalog.goto();
    await catalog.waitForServiceWorkerControl();
    await expect(catalog.updatePrompt).toHaveCount(0);

    // Deploy: any byte change in sw.js is a new worker version (a real build changes revisions).
    const swFile = path.join(E2E_BUILD_DIR, 'sw.js');
    const original = await readFile(swFile, 'utf8');
    try {
      await writeFile(swFile, `${original}\n// e2e deployment ${Date.now()}\n`);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      await expect(catalog.updatePrompt).toBeVisible({ timeout: 20_000 });
      await expect(catalog.reloadButton).toBeVisible();

      // Nothing reloads by itself.
      await page.evaluate(() => ((window as unknown as { __stay: boolean }).__stay = true));
      await page.waitForTimeout(1_000);
      expect(await page.evaluate(() => (window as unknown as { __stay?: boolean }).__stay)).toBe(
        true,
      );

      // Keyboard: focus the button and press Enter.
      await catalog.reloadButton.focus();
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      await expect(catalog.heading).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __stay?: boolean }).__stay)).toBe(
        undefined,
      );
      await expect(catalog.updatePrompt).toHaveCount(0);
    } finally {
      await writeFile(swFile, original);
    }
  });
});
