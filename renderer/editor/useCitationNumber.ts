import type { NodeKey } from 'lexical';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { citationStoreOf } from './citationStore';

/**
 * The footnote number of the citation with this key in the editor's current state, or null
 * while the node is not attached. Re-renders only when an edit renumbers this footnote; the
 * numbering is computed once per editor state and shared by every footnote (citationStore.ts).
 */
export function useCitationNumber(nodeKey: NodeKey): number | null {
  const [editor] = useLexicalComposerContext();
  const store = useMemo(() => citationStoreOf(editor), [editor]);
  const subscribe = useCallback((onChange: () => void) => store.subscribe(nodeKey, onChange), [store, nodeKey]);
  const getNumber = useCallback(() => store.numberOf(nodeKey), [store, nodeKey]);
  return useSyncExternalStore(subscribe, getNumber, getNumber);
}

/**
 * Whether the citation with this key is selected (as a node, or inside a range), and a function
 * selecting it as a node — alone, or added to the nodes already selected.
 */
export function useCitationSelection(nodeKey: NodeKey): [boolean, (add: boolean) => void] {
  const [editor] = useLexicalComposerContext();
  const store = useMemo(() => citationStoreOf(editor), [editor]);
  const subscribe = useCallback((onChange: () => void) => store.subscribe(nodeKey, onChange), [store, nodeKey]);
  const isSelected = useCallback(() => store.isSelected(nodeKey), [store, nodeKey]);
  const select = useCallback((add: boolean) => store.select(nodeKey, add), [store, nodeKey]);
  return [useSyncExternalStore(subscribe, isSelected, isSelected), select];
}
