import type { JSX } from 'react';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect, useState } from 'react';

// A word: letters or digits, with inner apostrophes, hyphens and number punctuation ("16,000").
const WORD = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;

/** The number of words in a memo's text; footnote markers are not text and do not count. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** "1,234 words" under the memo, updated as she types. */
export function WordCountPlugin(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [words, setWords] = useState(() =>
    editor.getEditorState().read(() => countWords($getRoot().getTextContent())),
  );
  useEffect(
    () =>
      editor.registerTextContentListener((text) => {
        setWords(countWords(text));
      }),
    [editor],
  );
  return (
    <p className="memo-editor__count">
      {words.toLocaleString('en-US')} {words === 1 ? 'word' : 'words'}
    </p>
  );
}
