import type { Block } from '../../../app/model/types';

/** A highlight placed in the open source's text, as the Reader draws it. */
export interface AnchoredHighlight {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly color: string;
}

/** What a paragraph without highlights gets: always the same array, so its memo holds. */
export const NO_HIGHLIGHTS: readonly AnchoredHighlight[] = Object.freeze([]);

/**
 * The highlights overlapping each block, keyed by the block's start, each list in the order the
 * highlights were given (the Reader names a nested run by the last one). Blocks without any are
 * left out. `blocks` are in text order, as a source stores them.
 *
 * Computed once per list of highlights instead of each paragraph filtering every highlight.
 */
export function highlightsByBlock(
  blocks: readonly Block[],
  highlights: readonly AnchoredHighlight[],
): ReadonlyMap<number, readonly AnchoredHighlight[]> {
  const grouped = new Map<number, AnchoredHighlight[]>();
  for (const highlight of highlights) {
    for (let i = firstBlockEndingAfter(blocks, highlight.start); i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.start >= highlight.end) break;
      if (block.end <= highlight.start) continue;
      const list = grouped.get(block.start);
      if (list) list.push(highlight);
      else grouped.set(block.start, [highlight]);
    }
  }
  return grouped;
}

/** Index of the first block whose end lies after `offset` (blocks are sorted and disjoint). */
function firstBlockEndingAfter(blocks: readonly Block[], offset: number): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (blocks[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * True when two lists place the same highlights at the same offsets in the same colours. The live
 * query hands back new objects on every change, so a paragraph compares values to know whether
 * it must re-render.
 */
export function sameHighlights(a: readonly AnchoredHighlight[], b: readonly AnchoredHighlight[]): boolean {
  return (
    a.length === b.length &&
    a.every((h, i) => {
      const other = b[i]!;
      return h.id === other.id && h.start === other.start && h.end === other.end && h.color === other.color;
    })
  );
}
