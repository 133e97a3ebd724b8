/**
 * Save-to-visible latency for bench:sync. A save is registered just before `put` with the
 * revision number it will get; it becomes visible on another member's replica when that
 * replica's changes feed reports the document at that revision number or later (a later
 * revision of a single-writer document contains the earlier edit). Members see only their own
 * group's database, so a save has one (save, other member) pair per other member of the
 * author's group; pairs never seen by the end are counted as undelivered, not dropped.
 */
import type { Arrival } from './member';

interface Save {
  author: number;
  generation: number;
  at: number;
  /** Replicas other than the author's that have seen it. */
  seenBy: number;
  /** When the last of them did. */
  allAt?: number;
}

export class LatencyTracker {
  private readonly saves = new Map<string, Save[]>();
  /** Per receiving member: the highest revision number seen per document. */
  private readonly seen: Map<string, number>[];
  /** One entry per (save, other member) pair that arrived, in ms. */
  readonly latencies: number[] = [];
  saveCount = 0;

  /** `groupOf[m]`: the group of member m; `sizes[g]`: the members of group g. */
  constructor(
    private readonly groupOf: readonly number[],
    private readonly sizes: readonly number[],
  ) {
    this.seen = groupOf.map(() => new Map());
  }

  /** Other members who should see a save by `author`. */
  private audience(author: number): number {
    return (this.sizes[this.groupOf[author] ?? -1] ?? 1) - 1;
  }

  /** Registers a save before its `put`; returns a function that withdraws it if `put` fails. */
  register(author: number, id: string, generation: number, at: number): () => void {
    const save: Save = { author, generation, at, seenBy: 0 };
    // Document ids repeat across group databases (same seeded agendas): key by group.
    const key = `${this.groupOf[author]}/${id}`;
    const list = this.saves.get(key) ?? [];
    list.push(save);
    this.saves.set(key, list);
    this.saveCount++;
    return () => {
      list.splice(list.indexOf(save), 1);
      this.saveCount--;
    };
  }

  arrive({ member, id, generation, at }: Arrival): void {
    const seen = this.seen[member];
    if (!seen) return;
    const before = seen.get(id) ?? 0;
    if (generation <= before) return;
    seen.set(id, generation);
    for (const save of this.saves.get(`${this.groupOf[member]}/${id}`) ?? []) {
      if (save.author === member || save.generation <= before || save.generation > generation) {
        continue;
      }
      this.latencies.push(at - save.at);
      save.seenBy++;
      if (save.seenBy === this.audience(save.author)) save.allAt = at;
    }
  }

  /** (save, other member) pairs still not visible. */
  undelivered(): number {
    let missing = 0;
    for (const list of this.saves.values()) {
      for (const save of list) missing += this.audience(save.author) - save.seenBy;
    }
    return missing;
  }

  /** Every (save, other group member) pair: delivered latencies, undelivered as Infinity. */
  allPairs(): number[] {
    const missing = this.undelivered();
    return [...this.latencies, ...Array.from({ length: missing }, () => Number.POSITIVE_INFINITY)];
  }

  /** For each save seen by every other member: the time until the last of them saw it. */
  everyoneLatencies(): number[] {
    const result: number[] = [];
    for (const list of this.saves.values()) {
      for (const save of list) if (save.allAt !== undefined) result.push(save.allAt - save.at);
    }
    return result;
  }
}

/**
 * Nearest-rank percentile; NaN for no samples. Over `allPairs()`, a percentile that lands on
 * an undelivered pair is Infinity (p95 is Infinity as soon as more than 5 % are undelivered).
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
