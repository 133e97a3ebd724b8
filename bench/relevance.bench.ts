/**
 * npm run bench:relevance — does the catalogue find the right help for what people say?
 * Runs the judged queries (relevance-queries.ts) through the search worker's own answer
 * (answerSearch over a SearchEngine, as the app builds it) on the demo catalogue and on the
 * 10,000 generated services, and reports per catalogue:
 * - recall@5: the share of queries with at least one relevant service among the first five
 *   results (success at 5: a worker reads the first screen, one right service is enough);
 * - MRR@10: the mean of 1 / rank of the first relevant result (0 when none in the first ten);
 * - zero_result: the share of queries that got no result at all.
 * Writes bench-results/relevance.json (every query's first results too).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toServiceRow, type ServiceRow } from '../src/lib/data/catalog-read-model';
import { taxonomyDocs } from '../src/lib/domain/catalog/taxonomy';
import { emptyFilters } from '../src/lib/domain/search/facet.types';
import { SearchEngine } from '../src/lib/domain/search/search-engine';
import { labelsFromTable, toSearchDoc } from '../src/lib/domain/search/search-snapshot';
import { answerSearch } from '../src/lib/search/search-answer';
import { labelTableOf } from '../src/lib/search/search-labels';
import { demoServices } from '../sync-server/src/demo/catalog.demo';
import { syntheticServices } from '../sync-server/src/demo/synthetic-catalog';
import { JUDGED_QUERIES, type JudgedQuery } from './relevance-queries';

const ROOT = path.resolve(import.meta.dirname, '..');
const SERVICES = Number(process.env.BENCH_SERVICES ?? 10_000);
const K = 5;
const DEPTH = 10;

function relevant(q: JudgedQuery, row: ServiceRow): boolean {
  if (q.types && !q.types.includes(row.serviceTypeKey)) return false;
  if (q.municipality && !row.municipalities.includes(q.municipality)) return false;
  if (q.orp && !row.orps.includes(q.orp)) return false;
  return true;
}

interface QueryResult {
  query: string;
  kind: JudgedQuery['kind'];
  total: number;
  /** Rank (1-based) of the first relevant result in the first DEPTH, 0 when none. */
  firstRelevant: number;
  top: string[];
}

function run(name: string, rows: ServiceRow[]) {
  const labels = labelsFromTable(labelTableOf(taxonomyDocs('2026-01-01T00:00:00.000Z')));
  const started = performance.now();
  const engine = SearchEngine.build(rows.map(toSearchDoc), labels);
  const buildMs = performance.now() - started;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const results: QueryResult[] = JUDGED_QUERIES.map((q) => {
    const answer = answerSearch(engine, {
      query: q.query,
      filters: emptyFilters(),
      sort: 'relevance',
      limit: DEPTH,
      cards: 0,
    });
    const top = engine.ids(answer.rows).map((id) => byId.get(id)!);
    const rank = top.findIndex((row) => relevant(q, row)) + 1;
    return {
      query: q.query,
      kind: q.kind,
      total: answer.total,
      firstRelevant: rank,
      top: top.slice(0, K).map((row) => `${row.serviceTypeKey}: ${row.name}`),
    };
  });
  const summary = summarise(results);
  const kinds = [...new Set(results.map((r) => r.kind))].map((kind) => ({
    kind,
    ...summarise(results.filter((r) => r.kind === kind)),
  }));
  return {
    catalogue: name,
    services: rows.length,
    build_ms: Math.round(buildMs),
    ...summary,
    kinds,
    results,
  };
}

function summarise(results: QueryResult[]) {
  const n = results.length;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    queries: n,
    recall_at_5: r3(results.filter((r) => r.firstRelevant >= 1 && r.firstRelevant <= K).length / n),
    mrr_at_10: r3(results.reduce((s, r) => s + (r.firstRelevant ? 1 / r.firstRelevant : 0), 0) / n),
    zero_result: r3(results.filter((r) => r.total === 0).length / n),
  };
}

function main(): void {
  const runs = [
    run('demo', demoServices().map(toServiceRow)),
    run(`generated ${SERVICES}`, [...syntheticServices(SERVICES)].map(toServiceRow)),
  ];
  console.table(
    runs.flatMap((r) => [
      {
        catalogue: r.catalogue,
        kind: 'all',
        queries: r.queries,
        'recall@5': r.recall_at_5,
        'MRR@10': r.mrr_at_10,
        'zero-result': r.zero_result,
      },
      ...r.kinds.map((k) => ({
        catalogue: r.catalogue,
        kind: k.kind,
        queries: k.queries,
        'recall@5': k.recall_at_5,
        'MRR@10': k.mrr_at_10,
        'zero-result': k.zero_result,
      })),
    ]),
  );
  for (const r of runs) {
    const missed = r.results.filter((q) => q.firstRelevant === 0 || q.firstRelevant > K);
    if (missed.length === 0) continue;
    console.log(`\n${r.catalogue}: no relevant service in the first ${K} for`);
    for (const q of missed)
      console.log(`  "${q.query}" (${q.total} results) → ${q.top.join(' | ') || '—'}`);
  }
  return void save(runs);
}

function save(runs: ReturnType<typeof run>[]): void {
  const file = path.join(ROOT, 'bench-results/relevance.json');
  void mkdir(path.dirname(file), { recursive: true }).then(() =>
    writeFile(file, JSON.stringify({ date: new Date().toISOString(), runs }, null, 2)),
  );
}

main();
