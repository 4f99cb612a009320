import type { EditorState, LexicalEditor } from 'lexical';
import type { SerializedMemoState } from '../../app/model/types';

import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG, mergeRegister } from 'lexical';
import { afterNextPaint } from './afterNextPaint';
import { toMemoState } from './memoState';

/** When a memo's changes are handed over for saving (see `registerSaveWhileTyping`). */
export interface SaveTiming {
  /** While she types: saved once the keys pause this long. */
  readonly pauseMs: number;
  /** …and never later than this after the first change not yet saved. */
  readonly maxWaitMs: number;
}

export const SAVE_TIMING: SaveTiming = { pauseMs: 300, maxWaitMs: 2000 };

/** What the memo editor tells whoever stores the memo. */
export interface SaveCallbacks {
  /** The memo has a change not yet handed over (the save state can say "Saving…" now). */
  onUnsaved?(): void;
  /** The whole memo, to store. */
  onChange(state: SerializedMemoState): void;
}

/**
 * Hands the whole memo over for saving after every change to its content (not to the caret, not
 * the opening of a stored memo). Storing a long memo costs far more than a keystroke — serializing
 * it, the database write, and everything that reads the memo back — so while she types in the memo
 * the change is handed over when the keys pause (`pauseMs`) and at least every `maxWaitMs`; a change
 * made from elsewhere (“Cite in memo”, a drop while the memo is not focused) right after the frame
 * that shows it. Nothing waits beyond that: what is pending is handed over at once when the memo
 * loses focus, when the page is hidden, reloaded or closed, and when this is unregistered (another
 * memo opens). Returns the function that unregisters it, handing over what is pending first.
 */
export function registerSaveWhileTyping(
  editor: LexicalEditor,
  { onUnsaved, onChange }: SaveCallbacks,
  timing: SaveTiming = SAVE_TIMING,
): () => void {
  let pending: EditorState | null = null;
  let firstPendingAt = 0;
  let cancel: (() => void) | null = null;

  const flush = () => {
    cancel?.();
    cancel = null;
    const state = pending;
    pending = null;
    if (state !== null) onChange(toMemoState(state));
  };
  const schedule = () => {
    cancel?.();
    const typing = editor.getRootElement()?.contains(document.activeElement) ?? false;
    if (!typing) {
      cancel = afterNextPaint(flush);
      return;
    }
    const wait = Math.min(timing.pauseMs, firstPendingAt + timing.maxWaitMs - performance.now());
    if (wait <= 0) {
      // Waited long enough: right after this keystroke is on screen.
      cancel = afterNextPaint(flush);
      return;
    }
    const timer = setTimeout(flush, wait);
    cancel = () => clearTimeout(timer);
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  // beforeunload comes first when the page is reloaded or closed, while the next page still
  // loads: a save started there has that time to complete; pagehide is the last chance.
  window.addEventListener('beforeunload', flush);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHidden);
  const unregister = mergeRegister(
    editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
      // The conditions of Lexical's OnChangePlugin with ignoreSelectionChange.
      const caretOnly = dirtyElements.size === 0 && dirtyLeaves.size === 0;
      if (caretOnly || tags.has(HISTORY_MERGE_TAG) || prevEditorState.isEmpty()) return;
      if (pending === null) {
        firstPendingAt = performance.now();
        onUnsaved?.();
      }
      pending = editorState;
      schedule();
    }),
    editor.registerCommand(
      BLUR_COMMAND,
      () => {
        flush();
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
  return () => {
    unregister();
    window.removeEventListener('beforeunload', flush);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHidden);
    flush();
  };
}
