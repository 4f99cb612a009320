import type { JSX } from 'react';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useLayoutEffect, useRef } from 'react';
import { afterNextPaint } from '../afterNextPaint';

// A word: letters or digits, with inner apostrophes, hyphens and number punctuation ("16,000").
const WORD = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;
// Lexical joins a memo's blocks with a blank line; no word spans one.
const BLOCK_BREAK = '\n\n';

/** The number of words in a memo's text; footnote markers are not text and do not count. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * `countWords` for a text that changes a little at a time: blocks (split at blank lines) are
 * counted once and remembered until their text changes, so a keystroke in a long memo counts
 * one paragraph, not the whole memo. Gives exactly what `countWords` gives for the same text.
 */
export function createWordCounter(): (text: string) => number {
  let counted = new Map<string, number>();
  return (text) => {
    const next = new Map<string, number>();
    let total = 0;
    for (const block of text.split(BLOCK_BREAK)) {
      const words = next.get(block) ?? counted.get(block) ?? countWords(block);
      next.set(block, words);
      total += words;
    }
    counted = next;
    return total;
  };
}

/** "1 word", "1,234 words". */
export function wordCountLabel(words: number): string {
  return `${words.toLocaleString('en-US')} ${words === 1 ? 'word' : 'words'}`;
}

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
  useLayoutEffect(() => {
    const count = createWordCounter();
    const show = (text: string) => {
      if (label.current) label.current.textContent = wordCountLabel(count(text));
    };
    show(editor.getEditorState().read(() => $getRoot().getTextContent()));
    // Counted once the keystroke is on screen, for the newest text of the frame.
    let latest = '';
    let cancel: (() => void) | null = null;
    const unregister = editor.registerTextContentListener((text) => {
      latest = text;
      cancel ??= afterNextPaint(() => {
        cancel = null;
        show(latest);
      });
    });
    return () => {
      unregister();
      cancel?.();
    };
  }, [editor]);
  return <p ref={label} className="memo-editor__count" />;
}
