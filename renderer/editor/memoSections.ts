import type { ElementNode, LexicalCommand, LexicalEditor, LexicalNode, NodeKey, NodeMap, PointType, RangeSelection } from 'lexical';
import type { SerializedMemoNode, SerializedMemoState } from '../../app/model/types';

import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import {
  $getEditor,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isRootNode,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DROP_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  INSERT_TAB_COMMAND,
  mergeRegister,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  RootNode,
} from 'lexical';
import { INSERT_CITATION_COMMAND } from './commands';
import { $createMemoSectionNode, $isMemoSectionNode, MEMO_SECTION_TYPE, MemoSectionNode } from './nodes/MemoSectionNode';

// A long memo's blocks are grouped into sections in the editor (never in storage) so the browser
// checks ~25 sections, not 450 blocks, for visibility on every frame a keystroke changes (see
// MemoSectionNode and docs/performance.md). A short memo stays flat: exactly the editor it was.
//
// The grouping must never change what an edit does. Sections are shadow roots, so every command
// treats their blocks as top-level blocks; and Lexical stops a deletion or a merge at a shadow
// root, so before any edit that would cross from one section into another the sections it spans
// are joined into one (`registerMemoSections`): the edit then acts on siblings, as in a flat memo.
// The transforms split what grows too large and join what shrinks, in the same update.

/** Blocks per section when a memo is grouped or a section split. */
export const SECTION_SIZE = 20;
/** A flat memo with more blocks than this is grouped; a section with more is split. */
export const MOST_PER_SECTION = 2 * SECTION_SIZE;
/** A section with fewer blocks joins the one before it. */
const FEWEST_PER_SECTION = SECTION_SIZE / 4;
/** A grouped memo with fewer blocks than this, in all, goes flat again. */
const UNGROUP_UNDER = SECTION_SIZE;

function isSectionJSON(node: SerializedMemoNode): boolean {
  return node.type === MEMO_SECTION_TYPE;
}

/** A stored (flat) memo as the editor opens it: grouped into sections when it is long. */
export function groupedMemoState(state: SerializedMemoState): SerializedMemoState {
  const blocks = state.root.children ?? [];
  if (blocks.length <= MOST_PER_SECTION || blocks.some(isSectionJSON)) return state;
  const sections: SerializedMemoNode[] = [];
  for (let i = 0; i < blocks.length; i += SECTION_SIZE) {
    sections.push({ type: MEMO_SECTION_TYPE, version: 1, direction: null, format: '', indent: 0, children: blocks.slice(i, i + SECTION_SIZE) });
  }
  return { ...state, root: { ...state.root, children: sections } };
}

/** The editor's memo as it is stored: every section's blocks in its place, in order. */
export function flatMemoState(state: SerializedMemoState): SerializedMemoState {
  const children = state.root.children ?? [];
  if (!children.some(isSectionJSON)) return state;
  const blocks: SerializedMemoNode[] = [];
  for (const child of children) {
    if (isSectionJSON(child)) {
      for (const block of child.children ?? []) blocks.push(block);
    } else {
      blocks.push(child);
    }
  }
  return { ...state, root: { ...state.root, children: blocks } };
}

/** Whether `key` is a block of the memo: a child of the root that is not a section, or of a section. */
export function isMemoBlock(nodes: NodeMap, key: NodeKey): boolean {
  const parentKey = nodes.get(key)?.__parent;
  if (parentKey === 'root') return nodes.get(key)?.__type !== MEMO_SECTION_TYPE;
  return parentKey != null && nodes.get(parentKey)?.__type === MEMO_SECTION_TYPE;
}

/** The memo's blocks in order (inside the sections, when it is grouped). */
export function $memoBlocks(): LexicalNode[] {
  const blocks: LexicalNode[] = [];
  for (const child of $getRoot().getChildren()) {
    if ($isMemoSectionNode(child)) blocks.push(...child.getChildren());
    else blocks.push(child);
  }
  return blocks;
}

/**
 * How many blocks a committed state's memo has, read from its node map (it runs on every
 * keystroke: Lexical's getters cost a microsecond or more each).
 */
export function memoBlockCount(nodes: NodeMap): number {
  let count = 0;
  for (let key = (nodes.get('root') as ElementNode | undefined)?.__first ?? null; key !== null; ) {
    const child = nodes.get(key) as ElementNode | undefined;
    if (child === undefined) break;
    count += child.__type === MEMO_SECTION_TYPE ? child.__size : 1;
    key = child.__next;
  }
  return count;
}

/**
 * A point on the root or on a section (between its children) moved into the child it is before
 * (or after, at the end), so that regrouping the children cannot leave it at a wrong offset.
 */
function $pointIntoChild(point: PointType): void {
  for (;;) {
    const node = point.getNode();
    if (point.type !== 'element' || !($isRootNode(node) || $isMemoSectionNode(node))) return;
    const children = (node as ElementNode).getChildren();
    if (children.length === 0) return;
    if (point.offset < children.length) {
      point.set(children[point.offset]!.getKey(), 0, 'element');
    } else {
      const last = children[children.length - 1]!;
      point.set(last.getKey(), $isElementNode(last) ? last.getChildrenSize() : 0, 'element');
    }
    if (!$isElementNode(point.getNode())) return;
  }
}

function $keepSelectionInBlocks(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  $pointIntoChild(selection.anchor);
  $pointIntoChild(selection.focus);
}

/** Moves `section`'s blocks to the end of `into` and removes it. */
function $joinSection(into: MemoSectionNode, section: MemoSectionNode): void {
  into.append(...section.getChildren());
  section.remove();
}

/** The section a point is in; for a point on the root, the section at (or just before) its offset. */
function $sectionAt(point: PointType): MemoSectionNode | null {
  let node: LexicalNode | null = point.getNode();
  if ($isRootNode(node)) {
    const children = node.getChildren();
    node = children[Math.min(point.offset, children.length - 1)] ?? null;
  }
  for (; node !== null; node = node.getParent()) {
    if ($isMemoSectionNode(node)) return node;
  }
  return null;
}

/** Whether `point` is at the very start (or end) of `section`'s content. */
function $isAtEdge(point: PointType, section: MemoSectionNode, edge: 'start' | 'end'): boolean {
  let node: LexicalNode = point.getNode();
  const last = point.type === 'text' ? node.getTextContentSize() : $isElementNode(node) ? node.getChildrenSize() : 0;
  if (point.offset !== (edge === 'start' ? 0 : last)) return false;
  while (node !== section) {
    if ((edge === 'start' ? node.getPreviousSibling() : node.getNextSibling()) !== null) return false;
    const parent = node.getParent();
    if (parent === null) return false;
    node = parent;
  }
  return true;
}

/**
 * Before an edit: joins the sections a range spans into one; for a deletion from a collapsed
 * caret (`backward` true or false) at the edge of its section, joins the neighbour it would
 * delete into. Anything else is left as it is.
 */
function $joinSectionsForEdit(selection: RangeSelection, backward: boolean | null): void {
  if (!selection.isCollapsed()) {
    const [first, last] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
    const from = $sectionAt(first);
    const to = $sectionAt(last);
    if (from === null || to === null || from === to) return;
    $keepSelectionInBlocks();
    for (let next = from.getNextSibling(); next !== null; ) {
      const after: LexicalNode | null = next.getNextSibling();
      if ($isMemoSectionNode(next)) $joinSection(from, next);
      if (next === to) break;
      next = after;
    }
    return;
  }
  if (backward === null) return;
  const section = $sectionAt(selection.anchor);
  if (section === null) return;
  if (backward) {
    const previous = section.getPreviousSibling();
    if ($isMemoSectionNode(previous) && $isAtEdge(selection.anchor, section, 'start')) $joinSection(previous, section);
  } else {
    const next = section.getNextSibling();
    if ($isMemoSectionNode(next) && $isAtEdge(selection.anchor, section, 'end')) $joinSection(section, next);
  }
}

/** Groups a flat root's blocks into sections of SECTION_SIZE. */
function $group(root: RootNode): void {
  $keepSelectionInBlocks();
  const blocks = root.getChildren();
  for (let i = 0; i < blocks.length; i += SECTION_SIZE) {
    const section = $createMemoSectionNode();
    blocks[i]!.insertBefore(section);
    section.append(...blocks.slice(i, i + SECTION_SIZE));
  }
}

/** Puts a section's blocks where it is, and removes it. */
function $unwrap(section: MemoSectionNode): void {
  $keepSelectionInBlocks();
  for (const block of section.getChildren()) section.insertBefore(block);
  section.remove();
}

/**
 * The root's transform. Lexical runs it on every update that touched anything, so it returns at
 * once unless the root's own list of children changed (the root was copied to be written).
 */
function $normalizeRoot(root: RootNode): void {
  const committed = $getEditor().getEditorState()._nodeMap.get('root');
  if (committed === root.getLatest()) return;
  const children = root.getChildren();
  if (!children.some($isMemoSectionNode)) {
    if (children.length > MOST_PER_SECTION) $group(root);
    return;
  }
  // Grouped: a block put at the top level (pasted or inserted there) joins the section before
  // it, or the first section when it comes before them all.
  let previous: MemoSectionNode | null = null;
  const leading: LexicalNode[] = [];
  for (const child of children) {
    if ($isMemoSectionNode(child)) {
      if (leading.length > 0) child.splice(0, 0, leading.splice(0));
      previous = child;
    } else if (previous !== null) {
      previous.append(child);
    } else {
      leading.push(child);
    }
  }
  if ($memoBlocks().length < UNGROUP_UNDER) root.getChildren().filter($isMemoSectionNode).forEach($unwrap);
}

/** A section's transform: run when its own children changed (not when text inside them did). */
function $normalizeSection(section: MemoSectionNode): void {
  if (!section.isAttached()) return;
  const parent = section.getParent();
  if (!$isRootNode(parent)) {
    $unwrap(section); // never nested: its blocks take its place
    return;
  }
  const size = section.getChildrenSize();
  if (size === 0) {
    section.remove();
    return;
  }
  if (size > MOST_PER_SECTION) {
    $keepSelectionInBlocks();
    const blocks = section.getChildren();
    let after: MemoSectionNode = section;
    for (let i = SECTION_SIZE; i < size; i += SECTION_SIZE) {
      const next = $createMemoSectionNode();
      after.insertAfter(next);
      next.append(...blocks.slice(i, i + SECTION_SIZE));
      after = next;
    }
    return;
  }
  const previous = section.getPreviousSibling();
  if (size < FEWEST_PER_SECTION && $isMemoSectionNode(previous) && previous.getChildrenSize() + size <= MOST_PER_SECTION) {
    $keepSelectionInBlocks();
    $joinSection(previous, section);
  }
}

// Edits that act on a range (replacing, removing or restructuring what it spans).
const RANGE_EDITS: ReadonlyArray<LexicalCommand<unknown>> = [
  CONTROLLED_TEXT_INSERTION_COMMAND,
  REMOVE_TEXT_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_TAB_COMMAND,
  PASTE_COMMAND,
  CUT_COMMAND,
  DROP_COMMAND,
  INSERT_CITATION_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
] as ReadonlyArray<LexicalCommand<unknown>>;

// Deletions whose payload says the direction (true: backward).
const DELETIONS: ReadonlyArray<LexicalCommand<boolean>> = [DELETE_CHARACTER_COMMAND, DELETE_WORD_COMMAND, DELETE_LINE_COMMAND];

/** Keeps a long memo grouped in sections, and every edit blind to them. Returns the unregister. */
export function registerMemoSections(editor: LexicalEditor): () => void {
  const before = (backward: boolean | null) => () => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $joinSectionsForEdit(selection, backward);
    return false; // the edit itself is the next handler's
  };
  return mergeRegister(
    editor.registerNodeTransform(RootNode, $normalizeRoot),
    editor.registerNodeTransform(MemoSectionNode, $normalizeSection),
    ...RANGE_EDITS.map((command) => editor.registerCommand(command, before(null), COMMAND_PRIORITY_CRITICAL)),
    ...DELETIONS.map((command) => editor.registerCommand(command, (backward) => before(backward)(), COMMAND_PRIORITY_CRITICAL)),
  );
}
