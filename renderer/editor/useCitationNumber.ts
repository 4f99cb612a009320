import type { NodeKey } from 'lexical';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useSyncExternalStore } from 'react';
import { citationNumbers } from './citationNumbering';

/**
 * The footnote number of the citation with this key in the editor's current state, or null
 * while the node is not attached. Re-renders when an edit renumbers it; the numbering itself is
 * computed once per editor state and shared by every footnote.
 */
export function useCitationNumber(nodeKey: NodeKey): number | null {
  const [editor] = useLexicalComposerContext();
  const subscribe = useCallback(
    (onChange: () => void) => editor.registerUpdateListener(onChange),
    [editor],
  );
  const getNumber = useCallback(
    () => citationNumbers(editor.getEditorState()).get(nodeKey) ?? null,
    [editor, nodeKey],
  );
  return useSyncExternalStore(subscribe, getNumber, getNumber);
}
