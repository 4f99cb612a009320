import type { LexicalEditor } from 'lexical';

import { $getRoot } from 'lexical';
import { countWords, registerWordCount } from './wordCount';

/**
 * For tests: counts `editor`'s words with `registerWordCount`, each count run when `settle` is
 * called (in the app, after the frame is painted). `whole` counts the whole text, to compare.
 */
export function countWordsOnSettle(editor: LexicalEditor) {
  const shown: number[] = [];
  let queued: (() => void) | null = null;
  const stop = registerWordCount(editor, (words) => shown.push(words), (run) => {
    queued = run;
    return () => (queued = null);
  });
  const settle = () => {
    const run = queued;
    queued = null;
    run?.();
    return shown.at(-1);
  };
  const whole = () => editor.getEditorState().read(() => countWords($getRoot().getTextContent()));
  return { shown, settle, whole, stop };
}
