import type { Block } from '../model/types';

/**
 * The 1-based number of the body paragraph that contains `offset`, counting body blocks only
 * (boilerplate is hidden in the Reader, so a reader of the memo could not count it). `null` when
 * the offset falls in boilerplate, in the blank line between paragraphs, or outside the text.
 */
export function paragraphAt(blocks: readonly Block[], offset: number): number | null {
  let bodyCount = 0;
  for (const block of blocks) {
    if (block.kind === 'body') bodyCount += 1;
    if (offset >= block.start && offset < block.end) {
      return block.kind === 'body' ? bodyCount : null;
    }
    // Blocks are in text order: once past the offset, it was in a separator.
    if (block.start > offset) return null;
  }
  return null;
}

/**
 * The body paragraph a passage is located by: the first body paragraph the range
 * `[start, end)` overlaps. A passage that starts in a separator or in boilerplate and runs into
 * the body is still found; one that touches no body text gives `null`.
 */
export function paragraphOfRange(
  blocks: readonly Block[],
  start: number,
  end: number,
): number | null {
  let bodyCount = 0;
  for (const block of blocks) {
    if (block.start >= end) return null;
    if (block.kind !== 'body') continue;
    bodyCount += 1;
    if (block.end > start) return bodyCount;
  }
  return null;
}
