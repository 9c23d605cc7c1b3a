/** Selecting the best few of many scored ids, for BM25 retrieval (qa-index.ts). */

/** The k best of `ids` by score (a bounded min-heap; O(n log k)). */
export function selectTop(ids: number[], scores: Float64Array, k: number): { unit: number; score: number }[] {
  const heap: number[] = [];
  const less = (a: number, b: number): boolean => (scores[a] as number) < (scores[b] as number);
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l] as number, heap[m] as number)) m = l;
      if (r < heap.length && less(heap[r] as number, heap[m] as number)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as number, heap[i] as number];
      i = m;
    }
  };
  const up = (i: number): void => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i] as number, heap[p] as number)) return;
      [heap[i], heap[p]] = [heap[p] as number, heap[i] as number];
      i = p;
    }
  };
  for (const u of ids) {
    if (heap.length < k) {
      heap.push(u);
      up(heap.length - 1);
    } else if (less(heap[0] as number, u)) {
      heap[0] = u;
      down(0);
    }
  }
  return heap.map((u) => ({ unit: u, score: scores[u] as number })).sort((a, b) => b.score - a.score);
}
