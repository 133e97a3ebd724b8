/**
 * The first `k` of `rows[0 … count - 1]` in the order `before` defines, without sorting them
 * all: the page shows 100 cards of up to 10,000 matches, and a full sort of a broad prefix
 * ("so", "soci") was most of a keystroke. A bounded heap keeps the best `k` seen so far with the
 * worst on top, so most rows cost one comparison. `before` must be a strict total order (ties
 * broken by name rank), which makes the result equal to sorting everything and slicing
 * (property-tested).
 */
export function topRows(
  rows: ArrayLike<number>,
  count: number,
  k: number,
  before: (a: number, b: number) => boolean,
): number[] {
  const compare = (a: number, b: number) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
  if (k >= count) {
    const all = new Array<number>(count);
    for (let i = 0; i < count; i++) all[i] = rows[i]!;
    return all.sort(compare);
  }
  if (k <= 0) return [];
  const heap: number[] = [];
  for (let i = 0; i < count; i++) {
    const row = rows[i]!;
    if (heap.length < k) {
      // Sift up: a parent is never better than its children.
      let at = heap.push(row) - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!before(heap[parent]!, row)) break;
        heap[at] = heap[parent]!;
        at = parent;
      }
      heap[at] = row;
    } else if (before(row, heap[0]!)) {
      // Replace the worst kept row and sift down.
      let at = 0;
      for (;;) {
        const left = at * 2 + 1;
        if (left >= k) break;
        const right = left + 1;
        const worse = right < k && before(heap[left]!, heap[right]!) ? right : left;
        if (!before(row, heap[worse]!)) break;
        heap[at] = heap[worse]!;
        at = worse;
      }
      heap[at] = row;
    }
  }
  return heap.sort(compare);
}
