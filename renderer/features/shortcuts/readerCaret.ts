/**
 * The reading caret: browsers draw no caret in text that cannot be edited, so the Reader draws
 * its own — a thin blinking line at the collapsed selection — while its text has focus. It lives
 * outside the Reader's DOM (a fixed element on <body>), so the article's text, and the offsets
 * computed from it, never contain it.
 */
let caret: HTMLElement | null = null;

function caretElement(): HTMLElement {
  if (caret?.isConnected) return caret;
  caret = document.createElement('div');
  caret.className = 'reader-caret';
  caret.setAttribute('aria-hidden', 'true');
  document.body.append(caret);
  return caret;
}

/** Draws the caret at the selection's focus when it is collapsed inside `text`, hides it otherwise. */
export function drawCaret(text: HTMLElement): void {
  const selection = document.getSelection();
  const element = caretElement();
  const inside = selection && selection.rangeCount > 0 && text.contains(selection.focusNode);
  if (!inside || !selection.isCollapsed || document.activeElement !== text) {
    element.hidden = true;
    return;
  }
  const rect = caretRect(selection);
  const view = text.closest('.pane')?.getBoundingClientRect();
  if (!rect || (view && (rect.bottom < view.top || rect.top > view.bottom))) {
    element.hidden = true;
    return;
  }
  element.hidden = false;
  element.style.left = `${rect.left}px`;
  element.style.top = `${rect.top}px`;
  element.style.height = `${rect.height}px`;
  // Restart the blink so the caret is solid right after it moves.
  element.classList.remove('reader-caret-moved');
  void element.offsetWidth;
  element.classList.add('reader-caret-moved');
}

export function hideCaret(): void {
  if (caret) caret.hidden = true;
}

/** The rectangle of a collapsed selection; at a paragraph's edge, the neighbouring character's. */
export function caretRect(selection: Selection): DOMRect | null {
  const range = selection.getRangeAt(0).cloneRange();
  const rect = range.getClientRects()[0];
  if (rect && rect.height > 0) return rect;
  // An empty rect (the caret sits between elements): measure the next character instead.
  const node = selection.focusNode;
  if (node?.nodeType === Node.TEXT_NODE && (node.textContent?.length ?? 0) > selection.focusOffset) {
    range.setEnd(node, selection.focusOffset + 1);
    const next = range.getClientRects()[0];
    if (next) return new DOMRect(next.left, next.top, 0, next.height);
  }
  return null;
}

/** Scrolls the Reader's pane just enough to show the selection's focus. */
export function keepCaretInView(text: HTMLElement): void {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const focusRange = document.createRange();
  if (!selection.focusNode) return;
  focusRange.setStart(selection.focusNode, selection.focusOffset);
  const rect = focusRange.getClientRects()[0] ?? caretRect(selection);
  const pane = text.closest<HTMLElement>('.pane');
  if (!rect || !pane) return;
  const view = pane.getBoundingClientRect();
  const margin = 48;
  if (rect.top < view.top + margin) pane.scrollBy({ top: rect.top - view.top - margin });
  else if (rect.bottom > view.bottom - margin) pane.scrollBy({ top: rect.bottom - view.bottom + margin });
}
