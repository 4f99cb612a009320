import type { EditorState, LexicalEditor, LexicalNode, NodeKey } from 'lexical';

import {
  $createNodeSelection,
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  $setSelection,
} from 'lexical';
import { CITATION_NODE_TYPE } from '../../app/model/types';
import { citationNumbers, citationNumbersAfter } from './citationNumbering';

/**
 * What each footnote marker shows besides its citation's ids: its number and whether it is
 * selected. One store per editor, with one update listener, instead of one listener (or two) per
 * footnote: a memo with 2,000 citations would otherwise run 4,000 listeners on every keystroke.
 * A marker is told only when its own number or selection changes.
 */
export interface CitationStore {
  /** The footnote number of the citation with this key, or null while it is not attached. */
  numberOf(key: NodeKey): number | null;
  isSelected(key: NodeKey): boolean;
  /** Calls `onChange` when this citation's number or selection changes; returns the unsubscribe. */
  subscribe(key: NodeKey, onChange: () => void): () => void;
  /** Selects the citation as a node (added to a node selection when `add`, else alone). */
  select(key: NodeKey, add: boolean): void;
}

const stores = new WeakMap<LexicalEditor, CitationStore>();

/** The citation store of `editor`, made on first use. */
export function citationStoreOf(editor: LexicalEditor): CitationStore {
  let store = stores.get(editor);
  if (store === undefined) {
    store = createCitationStore(editor);
    stores.set(editor, store);
  }
  return store;
}

/**
 * The citations the selection covers, by the same rule as Lexical's `node.isSelected()` (what
 * `useLexicalNodeSelection` asks): the selection's nodes, less an inline decorator merely next
 * to an element-to-element range. Only covered nodes are looked at, never every citation.
 */
function $selectedCitations(): ReadonlySet<NodeKey> {
  const selection = $getSelection();
  if (selection === null) return new Set();
  const covered = selection.getNodes().filter((node) => node.getType() === CITATION_NODE_TYPE);
  const elementRange =
    $isRangeSelection(selection) &&
    selection.anchor.type === 'element' &&
    selection.focus.type === 'element';
  const selected = elementRange ? covered.filter((node: LexicalNode) => node.isSelected(selection)) : covered;
  return new Set(selected.map((node) => node.getKey()));
}

// Selections, like numberings, are computed once per committed (immutable) editor state.
const selectionsByState = new WeakMap<EditorState, ReadonlySet<NodeKey>>();

function selectedCitations(editor: LexicalEditor, editorState: EditorState): ReadonlySet<NodeKey> {
  let selected = selectionsByState.get(editorState);
  if (selected === undefined) {
    selected = editorState.read($selectedCitations, { editor });
    selectionsByState.set(editorState, selected);
  }
  return selected;
}

function createCitationStore(editor: LexicalEditor): CitationStore {
  const listeners = new Map<NodeKey, Set<() => void>>();
  // The state markers were last told about; reads always answer from the editor's current state,
  // so a marker first drawn in the middle of a commit already shows its number.
  let told = editor.getEditorState();
  let unregister: (() => void) | null = null;

  const refresh = (editorState: EditorState, numbers = citationNumbers(editorState)) => {
    const before = { numbers: citationNumbers(told), selected: selectedCitations(editor, told) };
    const selected = selectedCitations(editor, editorState);
    told = editorState;
    // Typing renumbers nothing and selects no footnote: nobody to tell.
    if (numbers === before.numbers && selected.size === 0 && before.selected.size === 0) return;
    for (const [key, callbacks] of listeners) {
      const changed =
        before.numbers.get(key) !== numbers.get(key) ||
        before.selected.has(key) !== selected.has(key);
      if (changed) callbacks.forEach((callback) => callback());
    }
  };

  return {
    numberOf: (key) => citationNumbers(editor.getEditorState()).get(key) ?? null,
    isSelected: (key) => selectedCitations(editor, editor.getEditorState()).has(key),
    subscribe(key, onChange) {
      if (unregister === null) {
        // Catch up with edits made while nobody listened, then follow every update.
        refresh(editor.getEditorState());
        // After an update, the numbering comes from the one before when no citation moved.
        unregister = editor.registerUpdateListener((update) => refresh(update.editorState, citationNumbersAfter(update)));
      }
      let callbacks = listeners.get(key);
      if (callbacks === undefined) {
        callbacks = new Set();
        listeners.set(key, callbacks);
      }
      callbacks.add(onChange);
      return () => {
        callbacks.delete(onChange);
        if (callbacks.size === 0) listeners.delete(key);
        if (listeners.size === 0 && unregister !== null) {
          unregister();
          unregister = null;
        }
      };
    },
    select(key, add) {
      editor.update(() => {
        const current = $getSelection();
        if ($isNodeSelection(current)) {
          if (!add) current.clear();
          current.add(key);
        } else {
          const selection = $createNodeSelection();
          selection.add(key);
          $setSelection(selection);
        }
      });
    },
  };
}
