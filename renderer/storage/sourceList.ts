import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import { readSourceCount } from './sourceCount';
import type { SourceSummary } from './sourceSummaries';

// What the Sources list reads: the number of sources and the summaries of the rows in view. It is
// the first thing the analyst needs, so its first stretch is read before the window is drawn
// (preloadSourceList, awaited by main.tsx) and the list's first frame already has its rows.

/** The number of sources and one stretch of their summaries in title order. */
export interface SourceList {
  readonly count: number;
  /** Position of the first of `sources` in the whole list. */
  readonly offset: number;
  readonly sources: readonly SourceSummary[];
}

/**
 * The number of sources with `limit` summaries in title order from position `offset` — or all of
 * them while there are fewer than `allBelow` — in one transaction. The number is a stored row
 * (sourceCount.ts), not a count of 100,000 records; it and the rows are asked at once.
 */
export function readSourceList(offset: number, limit: number, allBelow: number): Promise<SourceList> {
  return db.transaction('r', db.counts, db.sourceSummaries, async () => {
    const byTitle = () => db.sourceSummaries.orderBy('title');
    const [count, stretch] = await Promise.all([readSourceCount(db), byTitle().offset(offset).limit(limit).toArray()]);
    if (count >= allBelow) return { count, offset, sources: stretch };
    // A short list is drawn whole (usually already read: five sources fit in the first stretch).
    const whole = offset === 0 && stretch.length === count ? stretch : await byTitle().limit(allBelow).toArray();
    return { count, offset: 0, sources: whole };
  });
}

let preloaded: { readonly args: string; readonly list: SourceList } | null = null;
const argsOf = (offset: number, limit: number, allBelow: number) => `${offset}:${limit}:${allBelow}`;

/** Reads a stretch ahead of the first render; `useSourceList` with the same arguments starts with it. */
export async function preloadSourceList(offset: number, limit: number, allBelow: number): Promise<void> {
  preloaded = { args: argsOf(offset, limit, allBelow), list: await readSourceList(offset, limit, allBelow) };
}

/** {@link readSourceList}, live: re-read whenever sources change, here or in another window. */
export function useSourceList(offset: number, limit: number, allBelow: number): SourceList | undefined {
  const args = argsOf(offset, limit, allBelow);
  // The preloaded stretch is only a first frame: the live read replaces it as soon as it answers.
  const first = preloaded?.args === args ? preloaded.list : undefined;
  return useLiveQuery(() => readSourceList(offset, limit, allBelow), [offset, limit, allBelow], first);
}
