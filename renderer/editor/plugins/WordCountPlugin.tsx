import type { JSX } from 'react';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useRef } from 'react';
import { afterNextPaint } from '../afterNextPaint';
import { registerWordCount, wordCountLabel } from '../wordCount';

/**
 * "1,234 words" under the memo, updated as she types, right after each keystroke is painted.
 * The label is written straight into its element, not through React state: while the memo has
 * focus, every React commit measures the caret's offset across the editor's whole DOM (React
 * saves and restores the selection of a focused contenteditable), which in a long memo costs
 * more than the keystroke itself.
 */
export function WordCountPlugin(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const label = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(
    () =>
      registerWordCount(
        editor,
        (words) => {
          if (label.current) label.current.textContent = wordCountLabel(words);
        },
        afterNextPaint,
      ),
    [editor],
  );
  return <p ref={label} className="memo-editor__count" />;
}
