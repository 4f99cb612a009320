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

/**
 * Milliseconds per run of `work`, for work far shorter than a scheduler's time slice: runs are
 * timed in batches of at least `batchMs` (the count found once, the same for every batch) and the
 * best batch's mean is returned. One run of 0.3 ms timed alone moves by half its length when
 * another process or a collection lands in it; a 10 ms batch averages that out, and the best of
 * `batches` drops the batches a busy machine interrupted.
 */
export async function bestBatchTime(work: () => unknown, batches: number, batchMs = 10): Promise<number> {
  await work();
  let runs = 1;
  for (;;) {
    const elapsed = await timed(async () => {
      for (let i = 0; i < runs; i++) await work();
    });
    if (elapsed >= batchMs || runs >= 1 << 16) break;
    runs = Math.min(1 << 16, Math.max(runs * 2, Math.ceil((runs * batchMs) / Math.max(elapsed, 0.001))));
  }
  let best = Infinity;
  for (let b = 0; b < batches; b++) {
    const elapsed = await timed(async () => {
      for (let i = 0; i < runs; i++) await work();
    });
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

/** Nearest-rank percentile (p in 0…100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
