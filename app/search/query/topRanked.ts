/**
 * Positions of the `k` best scores, best first (ties: lower position first). A bounded heap, so
 * ranking 100,000 matches for a page of 20 costs one pass, not a sort.
 */
export function topRanked(scores: Float32Array, count: number, k: number): number[] {
  const size = Math.min(k, count);
  if (size <= 0) return [];
  // Min-heap of positions by (score asc, position desc): the root is the worst kept.
  const heap: number[] = [];
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
      if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (let position = 0; position < count; position++) {
    if (heap.length < size) {
      heap.push(position);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (scores[position]! > scores[heap[0]!]!) {
      // Equal scores keep the earlier position, so only a strictly better one replaces the root.
      heap[0] = position;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}
