import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from '../import-error';

/**
 * The registry's code lists: separate files (service types, target groups, forms, regions,
 * districts, municipalities…) that all share the root key `polozky` with items `{id, nazev}`.
 * We index every file in the directory by item id, so the file names do not matter.
 */
export type CodeLists = ReadonlyMap<string, string>;

export const EMPTY_CODE_LISTS: CodeLists = new Map();

function itemName(nazev: unknown): string | undefined {
  if (typeof nazev === 'string') return nazev;
  if (nazev && typeof nazev === 'object') {
    const cs = (nazev as { cs?: unknown }).cs;
    if (typeof cs === 'string') return cs;
  }
  return undefined;
}

export async function loadCodeLists(dir: string): Promise<CodeLists> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
  } catch {
    throw new ImportError(`The code-list directory ${dir} cannot be read; check --codelists.`);
  }
  if (names.length === 0) {
    throw new ImportError(`The code-list directory ${dir} has no .json files; check --codelists.`);
  }
  const map = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      throw new ImportError(`The code list ${file} is not valid JSON.`);
    }
    const items = (parsed as { polozky?: unknown } | null)?.polozky;
    if (!Array.isArray(items)) {
      throw new ImportError(
        `The code list ${file} has no "polozky" array, so it is not a registry code list.`,
      );
    }
    for (const item of items as unknown[]) {
      const id = (item as { id?: unknown } | null)?.id;
      const label = itemName((item as { nazev?: unknown } | null)?.nazev);
      if (typeof id === 'string' && label) map.set(id, label);
    }
  }
  return map;
}
