import type { LexicalEditor, LexicalNode } from 'lexical';

import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
} from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isRangeSelection } from 'lexical';

/** The kinds of block the toolbar offers; anything else counts as a paragraph. */
export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'bullet' | 'number';

export interface ToolbarState {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly block: BlockKind;
}

export const EMPTY_TOOLBAR_STATE: ToolbarState = { bold: false, italic: false, block: 'paragraph' };

function $blockKindOf(node: LexicalNode): BlockKind {
  const block = node.getTopLevelElement();
  if ($isHeadingNode(block)) return 'heading';
  if ($isQuoteNode(block)) return 'quote';
  if ($isListNode(block) && block.getListType() === 'bullet') return 'bullet';
  if ($isListNode(block) && block.getListType() === 'number') return 'number';
  return 'paragraph';
}

/** What the toolbar should show as pressed for the current selection. */
export function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    return EMPTY_TOOLBAR_STATE;
  }
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    block: $blockKindOf(selection.anchor.getNode()),
  };
}

export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.block === b.block;
}

/**
 * Turns the selected blocks into `kind`, or back into paragraphs when they already are that
 * kind: the toolbar's block buttons are toggles.
 */
export function toggleBlock(editor: LexicalEditor, kind: Exclude<BlockKind, 'paragraph'>): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) {
      return;
    }
    const current = $blockKindOf(selection.anchor.getNode());
    if (kind === 'bullet' || kind === 'number') {
      const insert =
        kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND;
      editor.dispatchCommand(current === kind ? REMOVE_LIST_COMMAND : insert, undefined);
    } else if (current === kind) {
      $setBlocksType(selection, $createParagraphNode);
    } else if (kind === 'heading') {
      $setBlocksType(selection, () => $createHeadingNode('h2'));
    } else {
      $setBlocksType(selection, () => $createQuoteNode());
    }
  });
}
