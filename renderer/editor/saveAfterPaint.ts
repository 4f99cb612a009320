import type { EditorState, LexicalEditor } from 'lexical';
import type { SerializedMemoState } from '../../app/model/types';

import { HISTORY_MERGE_TAG } from 'lexical';
import { afterNextPaint } from './afterNextPaint';
import { toMemoState } from './memoState';

/**
 * Calls `onChange` with the whole memo after every change to its content (not to the caret, not
 * the opening of a stored memo) — once the keystroke that made it is on screen. Serializing a
 * long memo and handing it to the database costs milliseconds that the analyst should not wait
 * for; so the newest state of a frame is saved right after that frame, never later: the save
 * starts at once when the page is hidden or left, and when this is unregistered (another memo
 * opens). Returns the function that unregisters it, saving what is pending first.
 */
export function registerSaveAfterPaint(
  editor: LexicalEditor,
  onChange: (state: SerializedMemoState) => void,
): () => void {
  let pending: EditorState | null = null;
  let cancel: (() => void) | null = null;

  const flush = () => {
    cancel?.();
    cancel = null;
    const state = pending;
    pending = null;
    if (state !== null) onChange(toMemoState(state));
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  const unregister = editor.registerUpdateListener(
    ({ editorState, dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
      // The conditions of Lexical's OnChangePlugin with ignoreSelectionChange.
      const caretOnly = dirtyElements.size === 0 && dirtyLeaves.size === 0;
      if (caretOnly || tags.has(HISTORY_MERGE_TAG) || prevEditorState.isEmpty()) return;
      pending = editorState;
      cancel ??= afterNextPaint(flush);
    },
  );
  // beforeunload comes first when the page is reloaded or closed, while the next page still
  // loads: a save started there has that time to complete; pagehide is the last chance.
  window.addEventListener('beforeunload', flush);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    unregister();
    window.removeEventListener('beforeunload', flush);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHidden);
    flush();
  };
}
