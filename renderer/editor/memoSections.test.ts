// @vitest-environment jsdom
import type { LexicalEditor, LexicalNode, TextNode } from 'lexical';
import type { SerializedMemoState } from '../../app/model/types';

import { $generateJSONFromSelectedNodes } from '@lexical/clipboard';
import { $generateHtmlFromNodes } from '@lexical/html';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerList } from '@lexical/list';
import { $createHeadingNode, registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_WORD_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_DOWN_COMMAND,
  SELECT_ALL_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { describe, expect, it } from 'vitest';
import { documentEdgeOf, registerDocumentEdges } from './documentEdges';
import { createMemoHeadlessEditor } from './headless';
import { $memoBlocks, flatMemoState, groupedMemoState, MOST_PER_SECTION, registerMemoSections, SECTION_SIZE } from './memoSections';
import { parseMemoState, toMemoState } from './memoState';
import { $isMemoSectionNode } from './nodes/MemoSectionNode';
import { countWordsOnSettle } from './testWordCount';

/** A stored memo of `blocks` paragraphs ("Paragraph 1." …), every fifth a heading. */
function storedMemo(blocks: number): SerializedMemoState {
  const editor = createMemoHeadlessEditor();
  editor.update(
    () => {
      for (let i = 1; i <= blocks; i += 1) {
        const block = i % 5 === 0 ? $createHeadingNode('h2') : $createParagraphNode();
        $getRoot().append(block.append($createTextNode(`Paragraph ${i}.`)));
      }
    },
    { discrete: true },
  );
  return toMemoState(editor.getEditorState());
}

/** An editor as the app makes one (rich text, lists, history), opened on `memo`. */
function openEditor(memo: SerializedMemoState, sections: boolean): LexicalEditor {
  const editor = createMemoHeadlessEditor();
  registerRichText(editor);
  registerList(editor);
  registerHistory(editor, createEmptyHistoryState(), 0);
  if (sections) registerMemoSections(editor);
  // The flat editor is the reference: a memo exactly as Lexical would edit it without sections.
  editor.setEditorState(sections ? parseMemoState(editor, memo) : editor.parseEditorState(JSON.stringify(memo)));
  return editor;
}

/** The caret (or the range's anchor) as a reader sees it: which block, which text, where. */
function caretOf(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return String(selection);
    const node = selection.anchor.getNode();
    const block = node.getTopLevelElement() ?? node;
    return `${$memoBlocks().indexOf(block)}:${node.getTextContent()}@${selection.anchor.offset}`;
  });
}

/**
 * Runs `edit` on the memo grouped in sections and on the same memo flat, and expects the same
 * stored memo and the same caret from both: sections must never change what an edit does.
 */
function expectSameAsFlat(memo: SerializedMemoState, edit: (editor: LexicalEditor) => void): LexicalEditor {
  const grouped = openEditor(memo, true);
  const flat = openEditor(memo, false);
  for (const editor of [grouped, flat]) edit(editor);
  expect(toMemoState(grouped.getEditorState())).toStrictEqual(flat.getEditorState().toJSON());
  expect(caretOf(grouped)).toBe(caretOf(flat));
  return grouped;
}

/** A block's first text node. */
function firstText(block: LexicalNode | undefined): TextNode {
  const text = $isElementNode(block) ? block.getFirstDescendant() : null;
  if (!$isTextNode(text)) throw new Error('a block without text');
  return text;
}

/** Places the caret in block `index` (0-based) at `offset` of its text, or at its end. */
function caretIn(editor: LexicalEditor, index: number, offset: number | 'end'): void {
  editor.update(
    () => {
      const text = firstText($memoBlocks()[index]);
      const at = offset === 'end' ? text.getTextContentSize() : offset;
      text.select(at, at);
    },
    { discrete: true },
  );
}

function run(editor: LexicalEditor, action: () => void): void {
  editor.update(action, { discrete: true });
}

/** The number of blocks in each section, or 'flat'. */
function shape(editor: LexicalEditor): number[] | 'flat' {
  return editor.getEditorState().read(() => {
    const children = $getRoot().getChildren();
    if (!children.some($isMemoSectionNode)) return 'flat';
    return children.map((child) => ($isMemoSectionNode(child) ? child.getChildrenSize() : -1));
  });
}

describe('stored form', () => {
  it('a long memo opens grouped and is stored flat, exactly as it was', () => {
    const memo = storedMemo(101);
    const grouped = groupedMemoState(memo);
    expect(grouped.root.children).toHaveLength(Math.ceil(101 / SECTION_SIZE));
    expect(flatMemoState(grouped)).toStrictEqual(memo);

    const editor = openEditor(memo, true);
    // 101 blocks: five sections of 20, and the one left over joins the last (no section of one).
    expect(shape(editor)).toEqual([20, 20, 20, 20, 21]);
    expect(toMemoState(editor.getEditorState())).toStrictEqual(memo);
    expect(JSON.stringify(toMemoState(editor.getEditorState()))).not.toContain('memo-section');
  });

  it('a short memo is left flat', () => {
    const memo = storedMemo(MOST_PER_SECTION);
    expect(groupedMemoState(memo)).toBe(memo);
    expect(shape(openEditor(memo, true))).toBe('flat');
  });
});

describe('editing across sections does what it does in a flat memo', () => {
  const memo = storedMemo(100);

  it('Backspace at the start of a section joins its first block to the block before', () => {
    const editor = expectSameAsFlat(memo, (e) => {
      caretIn(e, SECTION_SIZE, 0);
      run(e, () => e.dispatchCommand(DELETE_CHARACTER_COMMAND, true));
    });
    expect(editor.getEditorState().read(() => $memoBlocks()[SECTION_SIZE - 1]!.getTextContent())).toBe('Paragraph 20.Paragraph 21.');
  });

  it('Delete at the end of a section joins the next block to its last', () => {
    expectSameAsFlat(memo, (e) => {
      caretIn(e, SECTION_SIZE - 1, 'end');
      run(e, () => e.dispatchCommand(DELETE_CHARACTER_COMMAND, false));
    });
  });

  it('Ctrl+Backspace (a word) at the start of a section', () => {
    expectSameAsFlat(memo, (e) => {
      caretIn(e, 2 * SECTION_SIZE, 0);
      run(e, () => e.dispatchCommand(DELETE_WORD_COMMAND, true));
    });
  });

  it('typing over a selection that spans three sections replaces it with one block', () => {
    const editor = expectSameAsFlat(memo, (e) => {
      run(e, () => {
        const blocks = $memoBlocks();
        const selection = firstText(blocks[15]).select(4, 4);
        const focusText = firstText(blocks[55]);
        selection.focus.set(focusText.getKey(), 6, 'text');
      });
      run(e, () => e.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'x'));
    });
    expect(editor.getEditorState().read(() => $memoBlocks()[15]!.getTextContent())).toBe('Paraxaph 56.');
  });

  it('a selection made backwards, bottom to top, is replaced the same way', () => {
    expectSameAsFlat(memo, (e) => {
      run(e, () => {
        const blocks = $memoBlocks();
        const selection = firstText(blocks[70]).select(3, 3);
        selection.focus.set(firstText(blocks[30]).getKey(), 2, 'text');
      });
      run(e, () => e.dispatchCommand(DELETE_CHARACTER_COMMAND, true));
    });
  });

  it('select all, then Delete, leaves one empty block — flat again, as a new memo', () => {
    const editor = expectSameAsFlat(memo, (e) => {
      run(e, () => e.dispatchCommand(SELECT_ALL_COMMAND, undefined as unknown as KeyboardEvent));
      run(e, () => e.dispatchCommand(DELETE_CHARACTER_COMMAND, true));
    });
    expect(shape(editor)).toBe('flat');
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('');
  });

  it('Enter over a range that spans sections', () => {
    expectSameAsFlat(memo, (e) => {
      run(e, () => {
        const blocks = $memoBlocks();
        firstText(blocks[38]).select(2, 2).focus.set(firstText(blocks[41]).getKey(), 3, 'text');
      });
      run(e, () => e.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined));
    });
  });

  it('a bulleted list made over blocks of two sections is one list', () => {
    const editor = expectSameAsFlat(memo, (e) => {
      run(e, () => {
        const blocks = $memoBlocks();
        firstText(blocks[17]).select(0, 0).focus.set(firstText(blocks[22]).getKey(), 1, 'text');
      });
      run(e, () => e.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined));
    });
    const json = JSON.stringify(toMemoState(editor.getEditorState()));
    expect(json.match(/"type":"list"/g)).toHaveLength(1);
  });

  it('undo after an edit across sections gives back the memo as it was', () => {
    const editor = openEditor(memo, true);
    run(editor, () => {
      const blocks = $memoBlocks();
      firstText(blocks[10]).select(0, 0).focus.set(firstText(blocks[90]).getKey(), 4, 'text');
    });
    run(editor, () => editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'Cut.'));
    expect(toMemoState(editor.getEditorState())).not.toStrictEqual(memo);
    run(editor, () => editor.dispatchCommand(UNDO_COMMAND, undefined));
    expect(toMemoState(editor.getEditorState())).toStrictEqual(memo);
  });
});

describe('copying across sections', () => {
  it('copies the blocks, never a section: pasted elsewhere they are plain paragraphs', () => {
    const editor = openEditor(storedMemo(100), true);
    run(editor, () => {
      const blocks = $memoBlocks();
      firstText(blocks[18]).select(0, 0).focus.set(firstText(blocks[22]).getKey(), 4, 'text');
    });
    const copied = editor.read(() => {
      const selection = $getSelection();
      return { json: $generateJSONFromSelectedNodes(editor, selection), html: $generateHtmlFromNodes(editor, selection) };
    });
    expect(copied.json.nodes.map((node) => node.type)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(copied.html).not.toContain('memo-editor__section');
    expect(copied.html).toContain('Paragraph 19.');
  });
});

describe('the grouping follows the memo as it grows and shrinks', () => {
  it('a flat memo that grows past the limit is grouped, and a section that grows is split', () => {
    const editor = openEditor(storedMemo(MOST_PER_SECTION), true);
    caretIn(editor, 10, 'end');
    run(editor, () => editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined));
    expect(shape(editor)).toEqual([20, 21]);
    // 40 new blocks typed in the first section: it splits, never holding more than the most.
    for (let i = 0; i < 40; i += 1) run(editor, () => editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined));
    const sizes = shape(editor) as number[];
    expect(sizes.reduce((a, b) => a + b)).toBe(2 * MOST_PER_SECTION + 1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MOST_PER_SECTION);
    // The caret stayed where the typing was: in the last new (empty) block after paragraph 11.
    expect(caretOf(editor)).toBe('51:@0');
  });

  it('blocks put at the top level of a grouped memo join a section', () => {
    const editor = openEditor(storedMemo(60), true);
    run(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('Appended.'))));
    run(editor, () => $getRoot().getFirstChild()!.insertBefore($createParagraphNode().append($createTextNode('First.'))));
    expect(shape(editor)).toEqual([21, 20, 21]);
    const blocks = editor.getEditorState().read(() => $memoBlocks().map((block) => block.getTextContent()));
    expect(blocks[0]).toBe('First.');
    expect(blocks.at(-1)).toBe('Appended.');
  });
});

describe('word count over sections', () => {
  it('counts a grouped memo as its whole text, after edits that cross sections', () => {
    const editor = openEditor(storedMemo(100), true);
    // Each count runs when `settle` is called, as after a painted frame in the app.
    const { shown, settle, whole } = countWordsOnSettle(editor);
    expect(settle()).toBe(200);
    caretIn(editor, 40, 0);
    run(editor, () => editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true));
    expect(settle()).toBe(whole()); // "Paragraph 40.Paragraph 41.": "40.Paragraph" is one word
    caretIn(editor, 5, 'end');
    run(editor, () => editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, ' and more words'));
    expect(settle()).toBe(whole());
    expect(shown.at(-1)).toBe(202);
    run(editor, () => editor.dispatchCommand(UNDO_COMMAND, undefined));
    expect(settle()).toBe(199);
  });
});

describe('Ctrl+Home / Ctrl+End go to the edges of the whole memo, also with Shift', () => {
  it('maps the keys of each platform', () => {
    const key = (key: string, mods: Partial<KeyboardEvent> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(documentEdgeOf(key('End', { ctrlKey: true }), false)).toBe('end');
    expect(documentEdgeOf(key('Home', { ctrlKey: true }), false)).toBe('start');
    expect(documentEdgeOf(key('End'), false)).toBeNull(); // End alone: the line's end, the browser's
    expect(documentEdgeOf(key('ArrowDown', { metaKey: true }), true)).toBe('end');
    expect(documentEdgeOf(key('ArrowUp', { metaKey: true }), true)).toBe('start');
    expect(documentEdgeOf(key('ArrowDown', { metaKey: true }), false)).toBeNull();
    expect(documentEdgeOf(key('End', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });

  it('Ctrl+Shift+End from the third block selects to the very end: typing replaces all of it', () => {
    const editor = openEditor(storedMemo(100), true);
    registerDocumentEdges(editor, false);
    caretIn(editor, 2, 4);
    const press = (init: KeyboardEventInit) => run(editor, () => editor.dispatchCommand(KEY_DOWN_COMMAND, new KeyboardEvent('keydown', init)));
    press({ key: 'End', ctrlKey: true, shiftKey: true });
    run(editor, () => editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'Cut.'));
    expect(editor.getEditorState().read(() => $memoBlocks().map((block) => block.getTextContent()))).toEqual(['Paragraph 1.', 'Paragraph 2.', 'ParaCut.']);
    press({ key: 'Home', ctrlKey: true });
    expect(caretOf(editor)).toBe('0:Paragraph 1.@0');
  });
});
