import type { EditorState, LexicalNode, NodeKey } from 'lexical';

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
 * Calls `visit` with the key of every citation under `top` (itself included), in tree order, read
 * straight from a committed state's node map: down `__first`, along `__next`, back up `__parent`.
 * No arrays and no recursion: it runs over a 5,000-node memo, and a pasted document can nest
 * lists very deeply.
 */
function forEachCitation(
  nodeMap: ReadonlyMap<NodeKey, LexicalNode>,
  top: NodeKey,
  visit: (key: NodeKey) => void,
): void {
  let node = nodeMap.get(top);
  while (node !== undefined) {
    if (node.__type === CITATION_NODE_TYPE) {
      visit(node.__key);
    } else if ($isElementNode(node) && node.__first !== null) {
      node = nodeMap.get(node.__first);
      continue;
    }
    // Nothing below this node: on to the node after its subtree, climbing as far as needed.
    while (node !== undefined && node.__key !== top && node.__next === null) {
      node = node.__parent === null ? undefined : nodeMap.get(node.__parent);
    }
    node =
      node === undefined || node.__key === top || node.__next === null
        ? undefined
        : nodeMap.get(node.__next);
  }
}

/**
 * `$citationNumbers` over a committed state's node map, without the `$` functions' per-node
 * lookups of the active state. An unchanged numbering is the same map as last time.
 */
function numberNodeMap(nodeMap: ReadonlyMap<NodeKey, LexicalNode>): ReadonlyMap<NodeKey, number> {
  // While the citations come in the order of the last numbering, nothing is built, and that
  // numbering is given again (no 2,000-entry map for an edit that renumbers nothing).
  const previous = lastNumbering;
  const expected = previous.keys();
  let numbers: Map<NodeKey, number> | null = null;
  let count = 0;
  forEachCitation(nodeMap, 'root', (key) => {
    count += 1;
    if (numbers === null && expected.next().value === key) return;
    numbers ??= new Map([...previous].slice(0, count - 1));
    numbers.set(key, count);
  });
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

/** What an update listener is told of a committed update (the parts the numbering reads). */
export interface CommittedUpdate {
  readonly editorState: EditorState;
  readonly prevEditorState: EditorState;
  readonly dirtyElements: ReadonlyMap<NodeKey, boolean>;
  readonly dirtyLeaves: ReadonlySet<NodeKey>;
}

/** The citations under `key` in the two states are the same ones in the same order. */
function sameCitationsUnder(before: EditorState, after: EditorState, key: NodeKey): boolean {
  const was: NodeKey[] = [];
  forEachCitation(before._nodeMap, key, (citation) => void was.push(citation));
  let i = 0;
  let same = true;
  forEachCitation(after._nodeMap, key, (citation) => {
    same &&= was[i] === citation;
    i += 1;
  });
  return same && i === was.length;
}

/** The element `key` has the same children, in the same order, in both node maps. */
function sameChildren(
  before: ReadonlyMap<NodeKey, LexicalNode>,
  after: ReadonlyMap<NodeKey, LexicalNode>,
  key: NodeKey,
): boolean {
  const was = before.get(key);
  const is = after.get(key);
  if (!$isElementNode(was) || !$isElementNode(is)) return false;
  let a = was.__first;
  let b = is.__first;
  while (a !== null && a === b) {
    a = before.get(a)?.__next ?? null;
    b = after.get(b)?.__next ?? null;
  }
  return a === null && b === null;
}

/**
 * Whether an update can have changed the order of the citations, from what Lexical marked dirty:
 * a node inserted, removed or moved marks its old and new parents, and every element above them.
 * So where each dirty element has the same children as before, or at least the same citations
 * below it in the same order, no citation moved. (Lexical's flag for an element marked "on
 * purpose" is not relied on: node transforms reset it.) Typing marks its paragraph and the
 * root, whose children are compared — never the 2,000 citations below. A state set whole (undo,
 * redo) marks only the root, and anything may have changed.
 */
function mayRenumber({
  editorState,
  prevEditorState,
  dirtyElements,
  dirtyLeaves,
}: CommittedUpdate): boolean {
  if (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root')) return true;
  for (const key of dirtyElements.keys()) {
    if (sameChildren(prevEditorState._nodeMap, editorState._nodeMap, key)) continue;
    if (key === 'root' || !sameCitationsUnder(prevEditorState, editorState, key)) return true;
  }
  return false;
}

/**
 * The numbering after a committed update: the one before it, without walking the memo, when the
 * update moved no citation (typing, formatting, a citation's own change); else numbered again.
 * It runs on every keystroke: in a memo of 2,000 citations a walk costs a third of a millisecond
 * and leaves garbage for the collector to take mid-typing.
 */
export function citationNumbersAfter(update: CommittedUpdate): ReadonlyMap<NodeKey, number> {
  const known = numbersByState.get(update.editorState);
  if (known !== undefined) return known;
  const before = numbersByState.get(update.prevEditorState);
  if (before === undefined || mayRenumber(update)) return citationNumbers(update.editorState);
  numbersByState.set(update.editorState, before);
  lastNumbering = before;
  return before;
}
