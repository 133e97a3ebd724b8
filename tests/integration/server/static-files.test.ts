import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { brotliCompressSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startTestServer, type TestServer } from '../support/server';

// A stand-in for SvelteKit's output (adapter-static, csp mode 'hash'), so these tests do not
// depend on, or wait for, a real build.
const PAGE_POLICY = "default-src 'self'; script-src 'self' 'sha256-AAAA'; style-src 'self'";
const page = (title: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${PAGE_POLICY}"><title>${title}</title></head><body><script>start()</script></body></html>`;

async function writeBuild(buildDir: string): Promise<void> {
  await mkdir(path.join(buildDir, '_app/immutable/chunks'), { recursive: true });
  await writeFile(path.join(buildDir, '200.html'), page('shell'));
  await writeFile(path.join(buildDir, 'index.html'), page('home'));
  await writeFile(path.join(buildDir, '_app/immutable/chunks/app.abc123.js'), 'export {};\n');
  await writeFile(path.join(buildDir, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
  await writeFile(path.join(buildDir, 'manifest.webmanifest'), '{"name":"Rozcestník"}\n');
}

describe('serving the built app', () => {
  let server: TestServer;
  let root: string;
  let buildDir: string;

  beforeAll(async () => {
    root = await makeTempDir();
    buildDir = path.join(root, 'build');
    server = await startTestServer({ env: { BUILD_DIR: buildDir } });
  });

  afterAll(async () => {
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('answers 503 with a clear sentence while the app is not built', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('The app is not built; run npm run build.\n');
    await writeBuild(buildDir);
  });

  it('serves HTML with the page’s own CSP, frame-ancestors and no-cache', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>home</title>');
    expect(response.headers.get('content-security-policy')).toBe(
      `${PAGE_POLICY}; frame-ancestors 'none'`,
    );
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('permissions-policy')).toBe(
      'geolocation=(self), camera=(), microphone=()',
    );
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();

    const head = await fetch(`${server.baseUrl}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(response.headers.get('content-length'));
  });

  it('falls back to 200.html for client-side routes, but not for missing files', async () => {
    const route = await fetch(`${server.baseUrl}/sluzby/pecovatelska-sluzba?q=senior`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>shell</title>');
    expect(route.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");

    const missing = await fetch(`${server.baseUrl}/_app/immutable/chunks/missing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it('caches hashed assets for a year and revalidates the service worker and manifest', async () => {
    const asset = await fetch(`${server.baseUrl}/_app/immutable/chunks/app.abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const worker = await fetch(`${server.baseUrl}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.headers.get('content-type')).toMatch(/javascript/);
    // The worker's own CSP governs its importScripts and precache fetches: same origin must pass.
    expect(worker.headers.get('content-security-policy')).toContain("default-src 'self'");

    const manifest = await fetch(`${server.baseUrl}/manifest.webmanifest`);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(manifest.headers.get('content-type')).toMatch(/manifest\+json/);
  });

  it('never serves files from outside the build directory', async () => {
    await writeFile(path.join(root, 'secret.txt'), 'secret');
    const response = await fetch(`${server.baseUrl}/..%2fsecret.txt`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('secret');
  });

  it('sends compressed HTML and the build’s precompressed assets, never a stale twin', async () => {
    const page = await fetch(`${server.baseUrl}/`, { headers: { 'accept-encoding': 'gzip' } });
    // fetch decodes the body; the header shows what crossed the wire.
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('vary')).toContain('Accept-Encoding');
    expect(await page.text()).toContain('<title>home</title>');

    const script = path.join(buildDir, '_app/immutable/chunks/app.abc123.js');
    await writeFile(`${script}.br`, new Uint8Array(brotliCompressSync('export {};\n')));
    const asset = await fetch(`${server.baseUrl}/_app/immutable/chunks/app.abc123.js`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('export {};\n');

    // A file replaced after the build (its twin now older) is sent as it is.
    const later = new Date(Date.now() + 60_000);
    await writeFile(script, 'export const v = 2;\n');
    await utimes(script, later, later);
    const fresh = await fetch(`${server.baseUrl}/_app/immutable/chunks/app.abc123.js`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(fresh.headers.get('content-encoding')).toBeNull();
    expect(await fresh.text()).toBe('export const v = 2;\n');
  });
});
