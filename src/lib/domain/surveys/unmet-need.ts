/**
 * Unmet need: catalogue searches that found nothing, by month, with the most frequent queries.
 * Pure; the rows come from wherever misses are counted (today: the device's own table).
 */
export interface MissLike {
  at: string;
  query: string;
}

export interface MonthOfMisses {
  /** `YYYY-MM`. */
  month: string;
  count: number;
  /** Up to `top` queries (trimmed, lower-cased), most frequent first. */
  top: { query: string; count: number }[];
}

export function missesByMonth(rows: readonly MissLike[], top = 5): MonthOfMisses[] {
  const months = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  for (const row of rows) {
    const month = row.at.slice(0, 7);
    if (!/^\d{4}-\d{2}$/.test(month)) continue;
    counts.set(month, (counts.get(month) ?? 0) + 1);
    const query = row.query.trim().toLocaleLowerCase('cs');
    if (!query) continue;
    let queries = months.get(month);
    if (!queries) months.set(month, (queries = new Map()));
    queries.set(query, (queries.get(query) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, count]) => ({
      month,
      count,
      top: [...(months.get(month) ?? [])]
        .map(([query, n]) => ({ query, count: n }))
        .sort((a, b) => b.count - a.count || a.query.localeCompare(b.query, 'cs'))
        .slice(0, top),
    }));
}
