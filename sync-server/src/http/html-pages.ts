import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** An HTML file ready to send, with the Content-Security-Policy that belongs to it. */
export interface HtmlPage {
  body: string;
  csp: string;
  /** The body compressed once per file version (pages are small; most clients take brotli). */
  br: Buffer;
  gzip: Buffer;
}

const cache = new Map<string, { mtimeMs: number; page: HtmlPage }>();

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = match?.[2] ?? match?.[3] ?? match?.[4];
  return value === undefined ? undefined : decodeEntities(value);
}

/** The policy SvelteKit (csp mode 'hash') put into the page's `<meta http-equiv>` tag. */
export function metaPolicy(html: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (attribute(tag, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
      return attribute(tag, 'content');
    }
  }
  return undefined;
}

/** A policy for a page without a meta tag: same-origin, inline scripts allowed by hash only. */
export function fallbackPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((match) => match[1] ?? '')
    .filter((code) => code.trim() !== '')
    .map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The header policy for a page: its meta policy (or a fallback) plus `frame-ancestors`, which
 * browsers ignore in meta tags and so must come as a header.
 */
export function headerPolicy(html: string): string {
  const directives = (metaPolicy(html) ?? fallbackPolicy(html))
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^frame-ancestors\b/i.test(directive));
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** Reads a page, re-reading only when the file changed (a rebuild while the server runs). */
export async function loadHtmlPage(file: string): Promise<HtmlPage | undefined> {
  let mtimeMs: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return undefined;
    mtimeMs = info.mtimeMs;
  } catch {
    return undefined;
  }
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.page;
  const body = await readFile(file, 'utf8');
  const page = {
    body,
    csp: headerPolicy(body),
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: gzipSync(body, { level: 9 }),
  };
  cache.set(file, { mtimeMs, page });
  return page;
}
