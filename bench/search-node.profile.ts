/**
 * A quick profile of the search engine in Node (unthrottled), over the same 10,000 generated
 * services and typed queries as `npm run bench:search`: per keystroke answerSearch + the
 * structured clone the worker's postMessage makes, timed apart. Run with
 *   npx esbuild bench/search-node.profile.ts --bundle --platform=node --format=esm \
 *     --alias:\$domain=./src/lib/domain --alias:\$lib=./src/lib --outfile=/tmp/search-profile.mjs
 *   node --cpu-prof --cpu-prof-dir=/tmp/search-prof /tmp/search-profile.mjs
 * Figures are unthrottled: roughly a quarter of the bench's 4× ones.
 */
import { toServiceRow } from '../src/lib/data/catalog-read-model';
import { CATEGORY_NAMES } from '../src/lib/domain/catalog/taxonomy.types';
import { taxonomyDocs } from '../src/lib/domain/catalog/taxonomy';
import { emptyFilters } from '../src/lib/domain/search/facet.types';
import { SearchEngine } from '../src/lib/domain/search/search-engine';
import { labelsFromTable, toSearchDoc } from '../src/lib/domain/search/search-snapshot';
import type { SearchLabelTable } from '../src/lib/domain/search/search-snapshot';
import { answerSearch } from '../src/lib/search/search-answer';
import { syntheticServices } from '../sync-server/src/demo/synthetic-catalog';
import { queries } from './search-queries';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const table: SearchLabelTable = {
  targetGroups: taxonomyDocs('2026-01-01T00:00:00.000Z')
    .filter((d) => d.kind === 'target-group')
    .map((d) => [d.key, [d.name.cs, d.name.en]]),
  categories: Object.entries(CATEGORY_NAMES).map(([k, n]) => [k, [n.cs, n.en]]),
};
const rows = [...syntheticServices(SERVICES)].map(toServiceRow);
const docs = rows.map(toSearchDoc);
let t = performance.now();
const built = SearchEngine.build(docs, labelsFromTable(table));
console.log('build ms', Math.round(performance.now() - t));
const parts = structuredClone(built.parts());
const list = queries();
for (const q of list) {
  if (!q.territory) continue;
  const orp = q.territory;
  q.municipalities = [
    ...new Set(rows.filter((r) => r.orps.includes(orp)).flatMap((r) => r.municipalities)),
  ];
}
/** Per keystroke, its fastest time over the rounds: robust to a busy machine's pauses. */
const fastest: { ms: number; q: string }[] = [];
for (let round = 0; round < ROUNDS; round++) {
  t = performance.now();
  const engine = SearchEngine.restore(parts);
  const restoreMs = performance.now() - t;
  const times: { ms: number; q: string }[] = [];
  const clones: number[] = [];
  for (const q of list) {
    const filters = { ...emptyFilters(), ...q.filters };
    const territory = q.territory
      ? { orp: q.territory, municipalities: q.municipalities ?? [] }
      : undefined;
    for (let i = 1; i <= q.text.length; i++) {
      const query = q.text.slice(0, i);
      const t0 = performance.now();
      const answer = answerSearch(engine, {
        query,
        filters,
        territory,
        sort: 'relevance',
        limit: 100,
        cards: 20,
      });
      const t1 = performance.now();
      structuredClone(answer);
      clones.push(performance.now() - t1);
      times.push({
        ms: t1 - t0,
        q: `${query}${q.territory ? ' @' + q.territory : ''}${Object.keys(q.filters).length ? ' +f' : ''}`,
      });
    }
  }
  times.forEach((x, k) => {
    if (!fastest[k] || x.ms < fastest[k].ms) fastest[k] = x;
  });
  const sorted = [...(round === ROUNDS - 1 ? fastest : times)].sort((a, b) => a.ms - b.ms);
  const pct = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.ms.toFixed(2);
  clones.sort((a, b) => a - b);
  const clone = (p: number) => clones[Math.floor((p / 100) * (clones.length - 1))]!.toFixed(2);
  console.log(
    `round ${round}${round === ROUNDS - 1 ? ' (fastest of every round per keystroke)' : ''}: restore ${restoreMs.toFixed(1)} ms, ${sorted.length} keystrokes, answerSearch p50 ${pct(50)} p95 ${pct(95)} max ${sorted.at(-1)!.ms.toFixed(2)}; structured clone p50 ${clone(50)} p95 ${clone(95)}`,
  );
  if (round === ROUNDS - 1)
    console.log(
      sorted
        .slice(-15)
        .map((x) => `${x.ms.toFixed(2)} ${x.q}`)
        .join('\n'),
    );
}
