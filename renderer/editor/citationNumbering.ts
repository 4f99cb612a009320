import type { EditorState, LexicalNode, NodeKey } from 'lexical';
import type { SerializedMemoNode, SerializedMemoState } from '../../app/model/types';

import { $getRoot, $isElementNode } from 'lexical';
import { CITATION_NODE_TYPE } from '../../app/model/types';

/**
 * Footnote numbers are derived, never stored: the nth citation node in document (tree) order is
 * footnote n. Deleting, inserting or moving a citation renumbers every one after it.
 */

/** Numbers the citations of the active editor state: node key → 1, 2, 3 … in tree order. */
export function $citationNumbers(): Map<NodeKey, number> {
  const numbers = new Map<NodeKey, number>();
  const visit = (node: LexicalNode): void => {
    // By type rather than `$isCitationNode`: the node's component imports this module.
    if (node.getType() === CITATION_NODE_TYPE) {
      numbers.set(node.getKey(), numbers.size + 1);
    } else if ($isElementNode(node)) {
      for (let child = node.getFirstChild(); child !== null; child = child.getNextSibling()) {
        visit(child);
      }
    }
  };
  visit($getRoot());
  return numbers;
}

// An EditorState is immutable once committed, so its numbering can be computed once and shared
// by every footnote that renders from it.
const numbersByState = new WeakMap<EditorState, ReadonlyMap<NodeKey, number>>();
// The numbering computed last, to give again when an edit renumbers nothing.
let lastNumbering: ReadonlyMap<NodeKey, number> = new Map();

/**
 * `$citationNumbers` over a committed state's node map, read directly: the same tree order
 * (children from `__first` along `__next`), without the `$` functions' per-node lookups of the
 * active state. It runs on every keystroke, so a long memo's numbering must cost well under a
 * millisecond. An unchanged numbering is the same map as last time.
 */
function numberNodeMap(nodeMap: ReadonlyMap<NodeKey, LexicalNode>): ReadonlyMap<NodeKey, number> {
  // Most edits renumber nothing: while the citations come in the order of the last numbering,
  // nothing is built, and that numbering is given again (no 2,000-entry map per keystroke).
  const previous = lastNumbering;
  const expected = previous.keys();
  let numbers: Map<NodeKey, number> | null = null;
  let count = 0;
  const number = (key: NodeKey) => {
    count += 1;
    if (numbers === null && expected.next().value === key) return;
    numbers ??= new Map([...previous].slice(0, count - 1));
    numbers.set(key, count);
  };
  // An explicit stack, not recursion: a pasted document can nest lists very deeply.
  const stack: NodeKey[] = ['root'];
  const children: NodeKey[] = [];
  while (stack.length > 0) {
    const key = stack.pop() as NodeKey;
    const node = nodeMap.get(key);
    if (node === undefined) continue;
    if (node.__type === CITATION_NODE_TYPE) {
      number(key);
    } else if ($isElementNode(node)) {
      children.length = 0;
      for (let child = node.__first; child !== null; child = nodeMap.get(child)?.__next ?? null) {
        children.push(child);
      }
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as NodeKey);
    }
  }
  const result: ReadonlyMap<NodeKey, number> =
    numbers ?? (count === previous.size ? previous : new Map([...previous].slice(0, count)));
  lastNumbering = result;
  return result;
}

/** Numbers the citations of a committed editor state (cached per state). */
export function citationNumbers(editorState: EditorState): ReadonlyMap<NodeKey, number> {
  let numbers = numbersByState.get(editorState);
  if (numbers === undefined) {
    numbers = numberNodeMap(editorState._nodeMap);
    numbersByState.set(editorState, numbers);
  }
  return numbers;
}

export interface NumberedCitation {
  readonly number: number;
  readonly highlightId: string;
  readonly claimId: string | null;
}

/**
 * The citations of a stored memo (`editorState.toJSON()`), numbered in the same document order
 * the editor shows. Serialized nodes have no keys, so this returns them as a list.
 */
export function citationsInOrder(state: SerializedMemoState): NumberedCitation[] {
  const citations: NumberedCitation[] = [];
  const visit = (node: SerializedMemoNode): void => {
    if (node.type === CITATION_NODE_TYPE) {
      citations.push({
        number: citations.length + 1,
        highlightId: typeof node.highlightId === 'string' ? node.highlightId : '',
        claimId: typeof node.claimId === 'string' ? node.claimId : null,
      });
      return;
    }
    node.children?.forEach(visit);
  };
  visit(state.root);
  return citations;
}
