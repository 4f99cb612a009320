// Deterministic randomness for the benchmark corpus: the same seed gives the same articles on
// every machine, so runs compare.

/** mulberry32: a small, fast 32-bit generator; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws ranks 0…n-1 with Zipf's law (p ∝ 1 / (rank + 2.7)), as word frequencies in text go, in
 * constant time per draw (Vose's alias method).
 */
export function zipfSampler(n: number, random: () => number): () => number {
  const weights = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) total += weights[rank] = 1 / (rank + 2.7);
  const probability = new Float64Array(n);
  const alias = new Uint32Array(n);
  const small: number[] = [];
  const large: number[] = [];
  for (let rank = 0; rank < n; rank++) {
    probability[rank] = (weights[rank]! * n) / total;
    (probability[rank]! < 1 ? small : large).push(rank);
  }
  while (small.length > 0 && large.length > 0) {
    const less = small.pop()!;
    const more = large.pop()!;
    alias[less] = more;
    probability[more] = probability[more]! + probability[less]! - 1;
    (probability[more]! < 1 ? small : large).push(more);
  }
  for (const rank of [...small, ...large]) probability[rank] = 1;
  return () => {
    const column = Math.floor(random() * n);
    return random() < probability[column]! ? column : alias[column]!;
  };
}

/** Shuffles in place, deterministically for a given `random`. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
