import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What app.html's inline script starts after the first paint, by its built (hashed) URL: the
 * two workers' scripts and the i18n engine's chunk. The app's own code would ask for them only
 * once its scripts have loaded, about two round trips later on a mobile line
 * (bench:first-sync's timeline).
 */
export interface BootAssets {
  sync: string;
  search: string;
  /** Module chunks to preload: the i18n engine and what it imports. */
  preload: string[];
}

/** Kit's client build, complete by the time pages are prerendered. */
const CLIENT = path.join(process.cwd(), '.svelte-kit/output/client');
const WORKERS = '_app/immutable/workers';
const I18N_ENGINE = 'src/lib/i18n/i18n-engine.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

function workerFile(files: string[], name: string): string {
  const found = files.filter((file) => file.startsWith(`${name}-`) && file.endsWith('.js'));
  if (found.length !== 1) throw new Error(`expected one built ${name}, found ${found.length}`);
  return `/${WORKERS}/${found[0]}`;
}

function chunkWithImports(manifest: Record<string, ManifestChunk>, key: string): string[] {
  const files = new Set<string>();
  const visit = (entry: string) => {
    const chunk = manifest[entry];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit(key);
  return [...files].map((file) => `/${file}`);
}

/** Read once per build, from the client output; throws when the build lacks any of them. */
export function readBootAssets(): BootAssets {
  const workers = readdirSync(path.join(CLIENT, WORKERS));
  const manifest = JSON.parse(
    readFileSync(path.join(CLIENT, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const preload = chunkWithImports(manifest, I18N_ENGINE);
  if (preload.length === 0) throw new Error(`${I18N_ENGINE} is not in the client manifest`);
  return {
    sync: workerFile(workers, 'catalog-sync.worker'),
    search: workerFile(workers, 'search.worker'),
    preload,
  };
}
