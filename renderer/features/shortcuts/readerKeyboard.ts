import type { FocusEvent, KeyboardEvent } from 'react';
import { drawCaret, hideCaret, keepCaretInView } from './readerCaret';
import { isMac } from '../../platform/isMac';

/**
 * Keyboard selection in the Reader (caret browsing for one element). Chromium extends a range
 * selection with Shift+arrows in text that cannot be edited, but it can neither place nor move a
 * collapsed caret there, so a keyboard user could never start a selection. The Reader's text is
 * therefore focusable, and while it has focus these keys drive `Selection.modify` directly:
 *
 * - arrows move the caret (Ctrl, or Option on a Mac: by word, or by paragraph up and down);
 * - Shift with any of them extends the selection from the caret;
 * - Home/End go to the line's edges, Ctrl+Home/End (⌘↑/⌘↓) to the article's;
 * - Escape collapses the selection to its end.
 *
 * Focus arriving by keyboard puts the caret at the first paragraph in view (or where it last was).
 * Everything else — Alt+H, Alt+C, Page Down, Space — keeps its usual meaning.
 */

type Move = readonly [direction: 'forward' | 'backward', granularity: 'character' | 'word' | 'line' | 'paragraph' | 'lineboundary' | 'edge'];

const BLOCK = '[data-block-start]';

/** The caret's last place, as an offset in the source's text: it survives re-renders of the paragraphs. */
let lastOffset: { readonly text: HTMLElement; readonly offset: number } | null = null;

function moveFor(event: KeyboardEvent, mac: boolean): Move | null {
  const byWord = mac ? event.altKey : event.ctrlKey;
  const toEdge = mac ? event.metaKey : event.ctrlKey;
  if (!mac && event.metaKey) return null;
  if (!mac && event.altKey) return null; // Alt+arrows belong to the browser (history).
  switch (event.key) {
    case 'ArrowLeft':
      return mac && event.metaKey ? ['backward', 'lineboundary'] : ['backward', byWord ? 'word' : 'character'];
    case 'ArrowRight':
      return mac && event.metaKey ? ['forward', 'lineboundary'] : ['forward', byWord ? 'word' : 'character'];
    case 'ArrowUp':
      return mac && event.metaKey ? ['backward', 'edge'] : ['backward', byWord ? 'paragraph' : 'line'];
    case 'ArrowDown':
      return mac && event.metaKey ? ['forward', 'edge'] : ['forward', byWord ? 'paragraph' : 'line'];
    case 'Home':
      return ['backward', toEdge ? 'edge' : 'lineboundary'];
    case 'End':
      return ['forward', toEdge ? 'edge' : 'lineboundary'];
    default:
      return null;
  }
}

/** Props for the Reader's text element: focusable, named, and driven by the keys above. */
export function readerTextProps() {
  return {
    tabIndex: 0,
    role: 'document',
    'aria-label': 'Article text',
    'aria-description': 'Arrow keys move a reading caret; Shift with arrow keys selects. Alt+H highlights the selection, Alt+C tags it as a claim.',
    'data-reader-text': true,
    onKeyDown,
    onFocus,
    onBlur,
  } as const;
}

function onFocus(event: FocusEvent<HTMLElement>): void {
  const text = event.currentTarget;
  if (event.target !== text) return;
  document.addEventListener('selectionchange', redraw);
  document.addEventListener('scroll', redraw, true);
  window.addEventListener('resize', redraw);
  // A click places its own caret; give one only to focus that came without it (Tab, Ctrl+2).
  requestAnimationFrame(() => {
    if (document.activeElement === text && !selectionInside(text)) placeCaret(text);
    drawCaret(text);
  });
}

function onBlur(): void {
  document.removeEventListener('selectionchange', redraw);
  document.removeEventListener('scroll', redraw, true);
  window.removeEventListener('resize', redraw);
  hideCaret();
}

function redraw(): void {
  const text = document.activeElement;
  if (!(text instanceof HTMLElement) || !text.hasAttribute('data-reader-text')) return hideCaret();
  const selection = document.getSelection();
  if (selection?.focusNode && text.contains(selection.focusNode)) {
    const offset = offsetOf(selection.focusNode, selection.focusOffset);
    if (offset !== null) lastOffset = { text, offset };
  }
  drawCaret(text);
}

function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const text = event.currentTarget;
  if (event.target !== text) return;
  const selection = document.getSelection();
  if (!selection) return;
  if (event.key === 'Escape' && !selection.isCollapsed && selectionInside(text)) {
    event.preventDefault();
    selection.collapse(selection.focusNode, selection.focusOffset);
    return;
  }
  const move = moveFor(event, isMac());
  if (!move) return;
  event.preventDefault();
  if (!selectionInside(text)) placeCaret(text);
  const alter = event.shiftKey ? 'extend' : 'move';
  const [direction, granularity] = move;
  if (granularity === 'edge') {
    const blocks = text.querySelectorAll<HTMLElement>(BLOCK);
    const edge = direction === 'forward' ? pointAtEnd(blocks[blocks.length - 1]) : pointAtStart(blocks[0]);
    if (edge && alter === 'extend') selection.extend(edge.node, edge.offset);
    else if (edge) selection.collapse(edge.node, edge.offset);
  } else {
    const before = { anchor: [selection.anchorNode, selection.anchorOffset], focus: [selection.focusNode, selection.focusOffset] } as const;
    selection.modify(alter, direction, granularity);
    // Never let the caret leave the article (into the header, the toolbar, another pane).
    if (!selection.focusNode || !selection.focusNode.parentElement?.closest(BLOCK) || !text.contains(selection.focusNode)) {
      selection.setBaseAndExtent(before.anchor[0]!, before.anchor[1], before.focus[0]!, before.focus[1]);
    }
  }
  keepCaretInView(text);
  drawCaret(text);
}

function selectionInside(text: HTMLElement): boolean {
  const selection = document.getSelection();
  return !!selection && selection.rangeCount > 0 && text.contains(selection.anchorNode) && text.contains(selection.focusNode);
}

/** Puts the caret where it last was in this text, else at the start of the first paragraph in view. */
function placeCaret(text: HTMLElement): void {
  const selection = document.getSelection();
  if (!selection) return;
  const remembered = lastOffset?.text === text ? pointAtOffset(text, lastOffset.offset) : null;
  const point = remembered ?? pointAtStart(firstBlockInView(text));
  if (point) selection.collapse(point.node, point.offset);
}

function firstBlockInView(text: HTMLElement): HTMLElement | undefined {
  const top = text.closest('.pane')?.getBoundingClientRect().top ?? 0;
  const blocks = [...text.querySelectorAll<HTMLElement>(BLOCK)];
  return blocks.find((block) => block.getBoundingClientRect().bottom > top + 4) ?? blocks[0];
}

interface Point {
  readonly node: Node;
  readonly offset: number;
}

function textNodes(block: HTMLElement): Text[] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function pointAtStart(block: HTMLElement | undefined): Point | null {
  const first = block && textNodes(block)[0];
  return first ? { node: first, offset: 0 } : null;
}

function pointAtEnd(block: HTMLElement | undefined): Point | null {
  const last = block && textNodes(block).at(-1);
  return last ? { node: last, offset: last.length } : null;
}

/** The DOM point of an offset in the source's text (paragraphs carry their start offset). */
function pointAtOffset(text: HTMLElement, offset: number): Point | null {
  const block = [...text.querySelectorAll<HTMLElement>(BLOCK)].find(
    (candidate) => Number(candidate.dataset.blockStart) <= offset && offset <= Number(candidate.dataset.blockEnd),
  );
  if (!block) return null;
  let remaining = offset - Number(block.dataset.blockStart);
  for (const node of textNodes(block)) {
    if (remaining <= node.length) return { node, offset: remaining };
    remaining -= node.length;
  }
  return pointAtEnd(block);
}

/** The source-text offset of a DOM point inside a paragraph, or null outside every paragraph. */
function offsetOf(node: Node, offset: number): number | null {
  const block = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(BLOCK);
  if (!block) return null;
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(node, offset);
  return Number(block.dataset.blockStart) + before.toString().length;
}
