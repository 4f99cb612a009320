// Timing and memory helpers for the benchmarks.

/** Runs the garbage collector when Node was started with --expose-gc (npm run bench does). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

/** Heap and array-buffer bytes in use after a collection: typed arrays live outside the heap. */
export function memoryInUse(): number {
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** Milliseconds taken by `work`. */
export async function timed(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * The best of `runs` timings of `work`, after one untimed warm-up run. The best, not the mean: on a
 * shared machine other processes and garbage collections only ever add time, to either engine.
 */
export async function bestTime(work: () => unknown, runs: number): Promise<number> {
  await work();
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, await timed(work));
  return best;
}

/** Nearest-rank percentile (p in 0…100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
