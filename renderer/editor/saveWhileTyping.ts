import type { EditorState, LexicalEditor } from 'lexical';
import type { SerializedMemoState } from '../../app/model/types';

import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG, mergeRegister } from 'lexical';
import { afterNextPaint } from './afterNextPaint';
import { toMemoState } from './memoState';

/** When a memo's changes are handed over for saving (see `registerSaveWhileTyping`). */
export interface SaveTiming {
  /** While she types: saved once the keys pause this long. */
  readonly pauseMs: number;
  /**
   * …or, while she keeps typing, right after the first key painted this long after the oldest
   * change not yet saved.
   */
  readonly maxWaitMs: number;
}

/**
 * The tag of an update made from outside the memo (“Cite in memo”, a passage dropped on it): it
 * is saved at once even though the memo has the focus, since nobody is typing there.
 */
export const SAVE_AT_ONCE_TAG = 'margin-save-at-once';

export const SAVE_TIMING: SaveTiming = { pauseMs: 300, maxWaitMs: 2000 };

/** What the memo editor tells whoever stores the memo. */
export interface SaveCallbacks {
  /** The memo has a change not yet handed over (the save state can say "Saving…" now). */
  onUnsaved?(): void;
  /**
   * The whole memo, to store. `leavingPage`: handed over as the page is reloaded, closed or
   * hidden — store it at once, not behind a write still in flight (the page may be gone first).
   */
  onChange(state: SerializedMemoState, leavingPage: boolean): void;
}

/**
 * Hands the whole memo over for saving after every change to its content (not to the caret, not
 * the opening of a stored memo). Storing a long memo costs far more than a keystroke — serializing
 * it, the database write, and everything that reads the memo back — so while she types in the memo
 * the change is handed over when the keys pause (`pauseMs`), or right after the first keystroke
 * painted `maxWaitMs` or more after the oldest change not yet saved; a change made from elsewhere
 * (“Cite in memo”, a drop while the memo is not focused) at the end of the task that made it.
 * Nothing waits beyond that: what is pending is handed over at once when the memo loses focus,
 * when the page is hidden, reloaded or closed, and when this is unregistered (another memo opens).
 * `afterPaint` runs a function once the next frame is painted (tests pass their own). Returns the
 * function that unregisters it, handing over what is pending first.
 */
export function registerSaveWhileTyping(
  editor: LexicalEditor,
  { onUnsaved, onChange }: SaveCallbacks,
  timing: SaveTiming = SAVE_TIMING,
  afterPaint: (run: () => void) => () => void = afterNextPaint,
): () => void {
  let pending: EditorState | null = null;
  let firstPendingAt = 0;
  let cancel: (() => void) | null = null;
  /** A save is set for right after this task or the next frame (it stays set while more changes come). */
  let savingSoon = false;

  const flush = (leavingPage = false) => {
    cancel?.();
    cancel = null;
    savingSoon = false;
    const state = pending;
    pending = null;
    if (state !== null) onChange(toMemoState(state), leavingPage);
  };
  const flushLeaving = () => flush(true);
  const schedule = (atOnce: boolean) => {
    const typing = editor.getRootElement()?.contains(document.activeElement) ?? false;
    if (!typing || atOnce) {
      // Made from elsewhere ("Cite in memo", a drop): saved at once, with whatever else this task
      // changed. Nobody is typing, and a reload right after the click must find it stored: a
      // save first issued as the page unloads was cut off about one time in ten.
      if (!savingSoon) {
        cancel?.();
        let cancelled = false;
        queueMicrotask(() => {
          if (!cancelled) flush();
        });
        cancel = () => (cancelled = true);
        savingSoon = true;
      }
      return;
    }
    if (performance.now() - firstPendingAt >= timing.maxWaitMs) {
      // Typed for `maxWaitMs` without a pause: saved right after this change is on screen — for
      // a typist, the moment furthest from her next key.
      if (!savingSoon) {
        cancel?.();
        cancel = afterPaint(() => flush());
        savingSoon = true;
      }
      return;
    }
    // Saved when the keys pause. (Not by a timer for the maximum wait: it would fire between two
    // keys at any moment, and the next key would wait behind the save — serializing a long memo
    // and writing it take tens of milliseconds.)
    cancel?.();
    const timer = setTimeout(() => flush(), timing.pauseMs);
    cancel = () => clearTimeout(timer);
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush(true);
  };

  // beforeunload comes first when the page is reloaded or closed, while the next page still
  // loads: a save started there has that time to complete; pagehide is the last chance.
  window.addEventListener('beforeunload', flushLeaving);
  window.addEventListener('pagehide', flushLeaving);
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
      schedule(tags.has(SAVE_AT_ONCE_TAG));
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
    window.removeEventListener('beforeunload', flushLeaving);
    window.removeEventListener('pagehide', flushLeaving);
    document.removeEventListener('visibilitychange', onHidden);
    flush();
  };
}
