// Renders the PWA icons from static/*.svg with headless chromium. Run after changing an icon:
//   node scripts/render-icons.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const targets = [
  { svg: 'static/icon.svg', png: 'static/icon-192.png', size: 192 },
  { svg: 'static/icon.svg', png: 'static/icon-512.png', size: 512 },
  { svg: 'static/icon-maskable.svg', png: 'static/icon-maskable-512.png', size: 512 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const { svg, png, size } of targets) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = await readFile(svg, 'utf8');
    const src = `data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
    );
    await page.screenshot({ path: png, omitBackground: true });
    await page.close();
    console.log(`${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
