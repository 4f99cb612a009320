import type { BaseSelection, LexicalEditor } from 'lexical';

import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { $createTextNode, $getSelection, $isRangeSelection, $setSelection } from 'lexical';
import { safeLinkUrl } from '../../app/export/htmlEscape';

/** The URL to store for what the analyst typed, or null when it is not an http(s) or mailto link. */
export function normalizeLinkUrl(typed: string): string | null {
  const url = typed.trim();
  // "www.example.org" is what people paste from an address bar's display.
  const withScheme = /^www\./i.test(url) ? `https://${url}` : url;
  // The same rule the exports apply, so a link the memo accepts is a link in every export.
  return safeLinkUrl(withScheme);
}

/** The selection to give back to the editor when the link dialog closes (read before it opens). */
export function readSelection(editor: LexicalEditor): BaseSelection | null {
  return editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
}

/** The URL of the link the caret is in, if any: the dialog then edits it. */
export function $currentLinkUrl(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = selection.anchor.getNode();
  const link = $isLinkNode(node) ? node : node.getParent();
  return $isLinkNode(link) ? link.getURL() : null;
}

/**
 * Makes the selected words a link to `url`; with nothing selected, inserts the URL itself as a
 * linked text. `null` removes the link. `saved` is the selection from before a dialog took focus.
 */
export function applyLink(
  editor: LexicalEditor,
  url: string | null,
  saved: BaseSelection | null,
): void {
  editor.update(() => {
    if (saved !== null) $setSelection(saved.clone());
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (url !== null && selection.isCollapsed() && $currentLinkUrl() === null) {
      const link = $createLinkNode(url);
      link.append($createTextNode(url.replace(/^mailto:/i, '')));
      selection.insertNodes([link]);
      return;
    }
    $toggleLink(url);
  });
}

/**
 * Links in the memo are never followed inside the app: a plain click only places the caret (no
 * "open this link?" question while writing). Ctrl/Cmd+click and middle click are left to the
 * app's outbound-link policy, which asks before opening the address outside the app.
 * Returns the function that removes the guard.
 */
export function registerLinkGuard(editor: LexicalEditor): () => void {
  const stop = (event: MouseEvent) => {
    const root = editor.getRootElement();
    if (root === null || event.ctrlKey || event.metaKey || !(event.target instanceof Element)) return;
    const link = event.target.closest('a');
    if (link === null || !root.contains(link)) return;
    event.preventDefault();
    // The window's capture phase runs before the document-level link policy, which would ask.
    event.stopPropagation();
  };
  window.addEventListener('click', stop, true);
  return () => window.removeEventListener('click', stop, true);
}
