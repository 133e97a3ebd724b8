/**
 * Which of our modules go into the 'shell' chunk (vite.config.ts), derived from the module
 * graph instead of a hand-kept list: a module under `src/lib/` belongs to the shell when the
 * root layout or a catalogue page (home, results) imports it statically, i.e. when it is loaded
 * before first paint on the catalogue anyway. As modules shared with lazily loaded routes they
 * would be small files of their own, and over HTTP/1.1 on Slow 4G (six connections, 562 ms a
 * round trip) each extra file before first paint can cost a round (measured: 11 → 7 files on
 * the results page for +1 KB on home). Route components stay in their pages' chunks.
 * Plain JavaScript (type-checked through JSDoc) so that Vite loads it without a TS import.
 */

/** @typedef {{ getModuleInfo(id: string): { importedIds: readonly string[] } | null }} ModuleGraph */

const LAYOUT = /[\\/]src[\\/]routes[\\/]\+layout\.(svelte|ts)$/;
const CATALOGUE_PAGES = [
  /[\\/]src[\\/]routes[\\/]\+page\.(svelte|ts)$/,
  /[\\/]src[\\/]routes[\\/]hledat[\\/]\+page\.(svelte|ts)$/,
];
const OURS = /[\\/]src[\\/]lib[\\/]/;

/**
 * Every module reachable from `roots` through static imports.
 * @param {ModuleGraph} graph
 * @param {readonly string[]} roots
 */
function reachable(graph, roots) {
  const seen = new Set(roots);
  const queue = [...roots];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const next of graph.getModuleInfo(id)?.importedIds ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * The shell's module ids, from the ids of every module of the build.
 * @param {ModuleGraph} graph
 * @param {readonly string[]} ids
 */
function shellModules(graph, ids) {
  const roots = ids.filter((id) => [LAYOUT, ...CATALOGUE_PAGES].some((root) => root.test(id)));
  return new Set([...reachable(graph, roots)].filter((id) => OURS.test(id)));
}

/**
 * The shell chunk: `plugin` reads the module graph once it is complete (buildEnd comes before
 * chunking), and `test` is the chunk group's test.
 * @returns {{ plugin: import('vite').Plugin; test: (id: string) => boolean }}
 */
export function shellChunk() {
  /** @type {Set<string>} */
  let shell = new Set();
  return {
    plugin: {
      name: 'rozcestnik-shell-chunk',
      apply: 'build',
      buildEnd() {
        shell = shellModules(this, [...this.getModuleIds()]);
      },
    },
    test: (id) => shell.has(id),
  };
}
