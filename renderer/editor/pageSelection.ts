import type { LexicalEditor, RangeSelection } from 'lexical';

import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection } from 'lexical';

/**
 * The memo's selection as the page shows it now. In a key handler Lexical's own may lag a
 * keystroke behind (the last Shift+Arrow's selectionchange not handled yet); the page's is
 * current. Falls back to Lexical's when the page selection is not in the memo.
 */
export function $selectionFromPage(editor: LexicalEditor): RangeSelection | null {
  const fromPage = $createRangeSelectionFromDom(window.getSelection(), editor);
  if (fromPage !== null) return fromPage;
  const own = $getSelection();
  return $isRangeSelection(own) ? own.clone() : null;
}
