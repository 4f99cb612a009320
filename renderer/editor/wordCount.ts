import type { EditorState, LexicalEditor, NodeKey } from 'lexical';

import { $getNodeByKey } from 'lexical';
import { $memoBlocks, isMemoBlock, memoBlockCount } from './memoSections';

// A word: letters or digits, with inner apostrophes, hyphens and number punctuation ("16,000").
const WORD = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;

/** The number of words in a memo's text; footnote markers are not text and do not count. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

// Made once: `toLocaleString` builds a formatter on every call (0.2 ms, on every keystroke).
const GROUPED = new Intl.NumberFormat('en-US');

/** "1 word", "1,234 words". */
export function wordCountLabel(words: number): string {
  return `${GROUPED.format(words)} ${words === 1 ? 'word' : 'words'}`;
}

/** What changed since the last count: some blocks, or anything at all. */
type Changed = { readonly blocks: Set<NodeKey> } | 'everything';

/**
 * The blocks (children of the root, or of a long memo's sections) an update touched, from
 * Lexical's dirty nodes: an edit marks the node it changed and every element above it, so the
 * touched blocks are the dirty nodes that are blocks (a block added or moved in is marked too). An editor state set whole (undo,
 * redo) marks only the root: anything may have changed. Null for an update that changed nothing
 * but the selection.
 */
function changedBy(
  editorState: EditorState,
  dirtyElements: ReadonlyMap<NodeKey, boolean>,
  dirtyLeaves: ReadonlySet<NodeKey>,
): Changed | null {
  if (dirtyLeaves.size === 0 && dirtyElements.size === 0) return null;
  if (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root')) return 'everything';
  const blocks = new Set<NodeKey>();
  const nodes = editorState._nodeMap;
  for (const key of [...dirtyElements.keys(), ...dirtyLeaves]) {
    if (isMemoBlock(nodes, key)) blocks.add(key);
  }
  return { blocks };
}

function merged(pending: Changed | null, changed: Changed): Changed {
  if (pending === null) return changed;
  if (pending === 'everything' || changed === 'everything') return 'everything';
  return { blocks: new Set([...pending.blocks, ...changed.blocks]) };
}

/**
 * Counts the memo's words as `countWords` would count its whole text, after every change, without
 * reading the whole text: words are remembered by block and only the blocks a change touched are
 * counted again (Lexical joins blocks with a blank line, and no word spans one). A keystroke in a
 * long memo counts one paragraph, not half a megabyte. `show` gets each new total, once the frame
 * with the change has been painted (`schedule`). Returns the function that stops counting.
 */
export function registerWordCount(
  editor: LexicalEditor,
  show: (words: number) => void,
  schedule: (run: () => void) => () => void,
): () => void {
  let byBlock = new Map<NodeKey, number>();
  let total = 0;
  let pending: Changed | null = 'everything';
  let cancel: (() => void) | null = null;

  const count = () => {
    cancel = null;
    const changed = pending;
    pending = null;
    if (changed === null) return;
    editor.getEditorState().read(() => {
      // The same blocks as at the last count (typing): as many, and every touched one known — a
      // block added or moved in is touched, so it would be new. Only the touched ones are counted
      // again, in place: no pass over a long memo's 500 blocks, no new map, per keystroke.
      const sameBlocks =
        changed !== 'everything' && memoBlockCount(editor.getEditorState()._nodeMap) === byBlock.size && [...changed.blocks].every((key) => byBlock.has(key));
      if (sameBlocks) {
        for (const key of changed.blocks) {
          const words = countWords($getNodeByKey(key)?.getTextContent() ?? '');
          total += words - (byBlock.get(key) ?? 0);
          byBlock.set(key, words);
        }
      } else {
        const next = new Map<NodeKey, number>();
        total = 0;
        for (const key of $memoBlocks().map((block) => block.getKey())) {
          const known = changed !== 'everything' && !changed.blocks.has(key) ? byBlock.get(key) : undefined;
          const words = known ?? countWords($getNodeByKey(key)?.getTextContent() ?? '');
          next.set(key, words);
          total += words;
        }
        byBlock = next;
      }
      show(total);
    });
  };

  count();
  const unregister = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
    const changed = changedBy(editorState, dirtyElements, dirtyLeaves);
    if (changed === null) return;
    pending = merged(pending, changed);
    cancel ??= schedule(count);
  });
  return () => {
    unregister();
    cancel?.();
  };
}
