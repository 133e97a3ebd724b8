import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadHtmlPage } from './html-pages';
import { SCRIPT_CSP } from './security-headers';

const IMMUTABLE = 'public, max-age=31536000, immutable';
// Everything else (HTML, sw.js, registerSW.js, manifest.webmanifest, version.json, icons)
// must be revalidated, or a returning visitor keeps an old service worker or app shell.
const REVALIDATE = 'no-cache';
const SPA_FALLBACK = '200.html';

function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/_app/immutable/') ? IMMUTABLE : REVALIDATE;
}

function sendSentence(res: Response, status: number, sentence: string): void {
  res.status(status).type('text/plain; charset=utf-8').send(`${sentence}\n`);
}

/** The request path as a file path inside buildDir, or undefined if it tries to leave it. */
function fileInBuild(buildDir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(buildDir, `.${path.posix.normalize(decoded)}`);
  return file === buildDir || file.startsWith(buildDir + path.sep) ? file : undefined;
}

/** Prerendered pages a path may mean: /, /x/, /x, /x.html. */
function htmlCandidates(file: string, urlPath: string): string[] {
  if (urlPath.endsWith('/')) return [path.join(file, 'index.html')];
  if (urlPath.endsWith('.html')) return [file];
  if (path.posix.extname(urlPath) === '') return [`${file}.html`, path.join(file, 'index.html')];
  return [];
}

async function isBuilt(buildDir: string): Promise<boolean> {
  return (await fileTime(path.join(buildDir, SPA_FALLBACK))) !== undefined;
}

type Encoding = 'br' | 'gzip';

/** The best compression the client accepts (brotli, then gzip), or none. */
function acceptedEncoding(req: Request): Encoding | undefined {
  const accepted = req.acceptsEncodings('br', 'gzip', 'identity');
  return accepted === 'br' || accepted === 'gzip' ? accepted : undefined;
}

async function sendHtml(req: Request, res: Response, file: string): Promise<boolean> {
  const page = await loadHtmlPage(file);
  if (!page) return false;
  res.setHeader('Content-Security-Policy', page.csp);
  res.setHeader('Cache-Control', REVALIDATE);
  res.setHeader('Vary', 'Accept-Encoding');
  res.type('html');
  const encoding = acceptedEncoding(req);
  if (encoding) res.setHeader('Content-Encoding', encoding);
  // For HEAD, express sends the headers (with the real length) and no body.
  res.send(encoding ? page[encoding] : page.body);
  return true;
}

const PRECOMPRESSED_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** A regular file's modification time, or undefined when there is none. */
async function fileTime(file: string): Promise<number | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.mtimeMs : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends the build's precompressed twin of a file (adapter-static `precompress` writes `.br`
 * and `.gz` next to each text asset), so scripts cross a slow link at a third of their size.
 * Answers false when there is none and the plain file should be served.
 */
async function sendPrecompressed(req: Request, res: Response, file: string): Promise<boolean> {
  const encoding = acceptedEncoding(req);
  if (!encoding) return false;
  const twin = file + PRECOMPRESSED_SUFFIX[encoding];
  // A twin older than its file is stale (the file was replaced after the build): send the file.
  const [plain, packed] = await Promise.all([fileTime(file), fileTime(twin)]);
  if (plain === undefined || packed === undefined || packed < plain) return false;
  res.setHeader('Cache-Control', cacheControl(req.path));
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Content-Encoding', encoding);
  res.type(path.extname(file));
  if (file.endsWith('.js')) res.setHeader('Content-Security-Policy', SCRIPT_CSP);
  await new Promise<void>((resolve, reject) => {
    res.sendFile(twin, { dotfiles: 'deny', acceptRanges: false }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
  return true;
}

/**
 * Serves the built PWA: prerendered HTML with its own CSP, hashed assets cached for a year,
 * and 200.html for client-side routes. Answers 503 with a sentence while build/ is missing.
 */
export function staticFiles(buildDir: string): Router {
  const router = express.Router();
  const isRead = (req: Request) => req.method === 'GET' || req.method === 'HEAD';

  router.use(async (req: Request, res: Response, next: NextFunction) => {
    if (!(await isBuilt(buildDir))) {
      sendSentence(res, 503, 'The app is not built; run npm run build.');
      return;
    }
    if (!isRead(req)) {
      next();
      return;
    }
    const file = fileInBuild(buildDir, req.path);
    if (!file) {
      sendSentence(res, 400, 'This path is not allowed.');
      return;
    }
    for (const candidate of htmlCandidates(file, req.path)) {
      if (await sendHtml(req, res, candidate)) return;
    }
    if (await sendPrecompressed(req, res, file)) return;
    next();
  });

  router.use(
    express.static(buildDir, {
      index: false,
      redirect: false,
      dotfiles: 'ignore',
      setHeaders: (res, file) => {
        res.setHeader('Cache-Control', cacheControl(res.req.path));
        if (file.endsWith('.js')) res.setHeader('Content-Security-Policy', SCRIPT_CSP);
      },
    }),
  );

  router.use(async (req: Request, res: Response) => {
    // A client-side route (no file extension) gets the SPA shell; a missing file gets 404.
    if (isRead(req) && path.posix.extname(req.path) === '') {
      if (await sendHtml(req, res, path.join(buildDir, SPA_FALLBACK))) return;
    }
    sendSentence(res, 404, 'Not found.');
  });

  return router;
}
