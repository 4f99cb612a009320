// The arithmetic of the windowed Claims list: where each claim sits, which ones are in view, and
// where to scroll so the claim at the top stays put when heights change. No React, no DOM.

/** Used for every claim until one has been measured (a statement of two lines, one passage). */
export const DEFAULT_ROW_HEIGHT = 150;

/**
 * The height to assume for a claim not yet drawn: the mean of those measured. Claims differ by a
 * line or a passage; the mean is close enough that the scrollbar barely moves as rows are drawn.
 */
export function estimateRowHeight(measured: ReadonlyMap<string, number>): number {
  if (measured.size === 0) return DEFAULT_ROW_HEIGHT;
  let sum = 0;
  for (const height of measured.values()) sum += height;
  return sum / measured.size;
}

/**
 * The top of every row, plus the total height at the end (`length` is one more than the rows):
 * measured heights where known, the estimate elsewhere.
 */
export function rowOffsets(
  ids: readonly string[],
  measured: ReadonlyMap<string, number>,
  estimate: number,
): Float64Array {
  const offsets = new Float64Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) offsets[i + 1] = offsets[i]! + (measured.get(ids[i]!) ?? estimate);
  return offsets;
}

/** The row that covers `y` (the last row for `y` past the end, 0 for an empty list). */
export function rowAt(offsets: Float64Array, y: number): number {
  const rows = offsets.length - 1;
  if (rows <= 0) return 0;
  // The last row whose top is at or above y.
  let low = 0;
  let high = rows - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The rows worth drawing: those in the scroll box between `scrollTop` and `scrollTop + viewport`,
 * and `overscan` more on each side, so a fast scroll or a Tab to the next row finds it drawn.
 * `last` is exclusive.
 */
export function rowsInView(
  offsets: Float64Array,
  scrollTop: number,
  viewport: number,
  overscan: number,
): { readonly first: number; readonly last: number } {
  const rows = offsets.length - 1;
  if (rows <= 0) return { first: 0, last: 0 };
  const top = rowAt(offsets, Math.max(0, scrollTop));
  // A row whose top is exactly at the bottom edge is not in view.
  const bottom = rowAt(offsets, Math.max(0, scrollTop + viewport - 0.5));
  return { first: Math.max(0, top - overscan), last: Math.min(rows, bottom + 1 + overscan) };
}

/**
 * What keeps the view still: the claim at the top of the scroll box and how far into it the box
 * is scrolled; or, when scrolled to the very end, the end (the last claim stays in view however
 * tall the claims near the end turn out to be).
 */
export interface ScrollAnchor {
  readonly id: string;
  readonly within: number;
  readonly atEnd: boolean;
}

/** The anchor of a box `viewport` tall scrolled to `scrollTop`. */
export function anchorAt(
  ids: readonly string[],
  offsets: Float64Array,
  scrollTop: number,
  viewport: number,
): ScrollAnchor | null {
  if (ids.length === 0) return null;
  const row = rowAt(offsets, scrollTop);
  const atEnd = scrollTop > 0 && scrollTop + viewport >= offsets[ids.length]! - 1;
  return { id: ids[row]!, within: scrollTop - offsets[row]!, atEnd };
}

/**
 * Where to scroll so the anchor's claim is where it was, after heights were measured or claims
 * above it came or went; `null` when that claim is no longer listed.
 */
export function scrollTopFor(
  anchor: ScrollAnchor,
  indexOf: ReadonlyMap<string, number>,
  offsets: Float64Array,
  viewport: number,
): number | null {
  if (anchor.atEnd) return Math.max(0, offsets[offsets.length - 1]! - viewport);
  const row = indexOf.get(anchor.id);
  if (row === undefined) return null;
  return Math.max(0, offsets[row]! + anchor.within);
}
