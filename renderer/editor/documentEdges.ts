import type { LexicalEditor } from 'lexical';

import { $getRoot, $setSelection, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { $selectionFromPage } from './pageSelection';

/** Which edge of the memo a key goes to: Ctrl+Home/End, and ⌘↑/⌘↓ on a Mac; null for any other key. */
export function documentEdgeOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, mac: boolean): 'start' | 'end' | null {
  if (event.altKey) return null;
  if (event.ctrlKey && !event.metaKey) {
    if (event.key === 'Home') return 'start';
    if (event.key === 'End') return 'end';
  }
  if (mac && event.metaKey && !event.ctrlKey) {
    if (event.key === 'ArrowUp') return 'start';
    if (event.key === 'ArrowDown') return 'end';
  }
  return null;
}

/**
 * Ctrl+Home / Ctrl+End (and with Shift, selecting to there) moved by the editor, not the browser.
 * Blocks out of view are not laid out (`content-visibility`), and Chromium extends a selection
 * only through laid-out text: Ctrl+Shift+End from the top of a long memo stopped at the first
 * block out of view, and what was typed next replaced only part of what the analyst meant.
 */
export function registerDocumentEdges(editor: LexicalEditor, mac: boolean): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      const edge = documentEdgeOf(event, mac);
      if (edge === null) return false;
      const current = $selectionFromPage(editor);
      const root = $getRoot();
      const moved = edge === 'start' ? root.selectStart() : root.selectEnd();
      if (event.shiftKey && current !== null) {
        moved.anchor.set(current.anchor.key, current.anchor.offset, current.anchor.type);
        $setSelection(moved);
      }
      event.preventDefault();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
