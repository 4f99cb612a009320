/**
 * Maps the browser's text selection inside the Reader to offsets in the source's canonical text.
 * Every paragraph element carries `data-block-start`, and its text content is exactly
 * `text.slice(block.start, block.end)`, so a point's offset is its block's start plus the length
 * of the text before it inside that block.
 */
const BLOCK_SELECTOR = '[data-block-start]';

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export function selectionToTextRange(selection: Selection | null, container: HTMLElement): TextRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const blocks = [...container.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)];
  if (blocks.length === 0) return null;
  const start = pointOffset(range.startContainer, range.startOffset, blocks, 'start');
  const end = pointOffset(range.endContainer, range.endOffset, blocks, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

function pointOffset(node: Node, offset: number, blocks: HTMLElement[], edge: 'start' | 'end'): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>(BLOCK_SELECTOR);
  if (block && blocks.includes(block)) {
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(node, offset);
    return Number(block.dataset.blockStart) + before.toString().length;
  }
  // The point is outside every paragraph (a heading, a gap): clamp to the nearest paragraph edge.
  const following = blocks.find((candidate) => isBefore(node, offset, candidate));
  if (edge === 'start') return following ? Number(following.dataset.blockStart) : null;
  const index = following ? blocks.indexOf(following) - 1 : blocks.length - 1;
  const preceding = blocks[index];
  return preceding ? Number(preceding.dataset.blockEnd) : null;
}

/** True when the point (node, offset) comes before the start of `element` in document order. */
function isBefore(node: Node, offset: number, element: HTMLElement): boolean {
  const point = document.createRange();
  point.setStart(node, offset);
  return point.comparePoint(element, 0) > 0;
}

/** Shrinks a range so it neither starts nor ends with whitespace (double-click grabs a space). */
export function trimRange(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
