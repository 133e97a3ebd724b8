/**
 * Save-to-visible latency for bench:sync. A save is registered just before `put` with the
 * revision number it will get; it becomes visible on another member's replica when that
 * replica's changes feed reports the document at that revision number or later (a later
 * revision of a single-writer document contains the earlier edit).
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

  constructor(private readonly members: number) {
    this.seen = Array.from({ length: members }, () => new Map());
  }

  /** Registers a save before its `put`; returns a function that withdraws it if `put` fails. */
  register(author: number, id: string, generation: number, at: number): () => void {
    const save: Save = { author, generation, at, seenBy: 0 };
    const list = this.saves.get(id) ?? [];
    list.push(save);
    this.saves.set(id, list);
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
    for (const save of this.saves.get(id) ?? []) {
      if (save.author === member || save.generation <= before || save.generation > generation) {
        continue;
      }
      this.latencies.push(at - save.at);
      save.seenBy++;
      if (save.seenBy === this.members - 1) save.allAt = at;
    }
  }

  /** (save, other member) pairs still not visible. */
  undelivered(): number {
    let missing = 0;
    for (const list of this.saves.values()) {
      for (const save of list) missing += this.members - 1 - save.seenBy;
    }
    return missing;
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

/** Nearest-rank percentile; NaN for no samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
