import type { ElementNode, LexicalEditor, NodeKey, TextNode } from 'lexical';

import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getNodeByKey, $getRoot } from 'lexical';
import { beforeEach, describe, expect, test } from 'vitest';
import { listCitations } from '../../app/citation/memoCitations';
import { $citationNumbers, citationNumbers, citationNumbersAfter } from './citationNumbering';
import { createMemoHeadlessEditor } from './headless';
import { toMemoState } from './memoState';
import { $createCitationNode, type CitationNode } from './nodes/CitationNode';

/**
 * A memo with three citations in different blocks, written out of order on purpose:
 * the list (third in the document) is built first.
 */
function writeMemo(editor: LexicalEditor): { tokayev: NodeKey; killed: NodeKey; arrests: NodeKey } {
  const keys = { tokayev: '', killed: '', arrests: '' };
  editor.update(
    () => {
      const arrests = $createCitationNode('h-arrests', 'c-arrests');
      const list = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('“about 16,000”'), arrests),
      );
      const killed = $createCitationNode('h-killed', null);
      const tokayev = $createCitationNode('h-tokayev', null);
      $getRoot().append(
        $createHeadingNode('h2').append($createTextNode('Tokayev'), tokayev),
        $createParagraphNode().append(
          $createTextNode('“more than 160 killed”'),
          killed,
          $createTextNode(' '),
        ),
        list,
      );
      Object.assign(keys, {
        tokayev: tokayev.getKey(),
        killed: killed.getKey(),
        arrests: arrests.getKey(),
      });
    },
    { discrete: true },
  );
  return keys;
}

describe('footnote numbers', () => {
  let editor: LexicalEditor;
  beforeEach(() => {
    editor = createMemoHeadlessEditor();
  });

  test('follow document order, whatever order the citations were made in', () => {
    const keys = writeMemo(editor);
    const numbers = citationNumbers(editor.getEditorState());
    expect([
      numbers.get(keys.tokayev),
      numbers.get(keys.killed),
      numbers.get(keys.arrests),
    ]).toEqual([1, 2, 3]);
    expect(numbers.size).toBe(3);
  });

  test('deleting the first renumbers the rest', () => {
    const keys = writeMemo(editor);
    editor.update(() => $getNodeByKey(keys.tokayev)?.remove(), { discrete: true });
    const numbers = citationNumbers(editor.getEditorState());
    expect(numbers.has(keys.tokayev)).toBe(false);
    expect([numbers.get(keys.killed), numbers.get(keys.arrests)]).toEqual([1, 2]);
  });

  test('the stored JSON numbers the same way, with the ids it needs for footnotes', () => {
    writeMemo(editor);
    const stored = toMemoState(editor.getEditorState());
    expect(listCitations(stored)).toEqual([
      { number: 1, highlightId: 'h-tokayev', claimId: null },
      { number: 2, highlightId: 'h-killed', claimId: null },
      { number: 3, highlightId: 'h-arrests', claimId: 'c-arrests' },
    ]);
  });

  test('a memo without citations has none', () => {
    expect(citationNumbers(editor.getEditorState()).size).toBe(0);
    expect(listCitations({ root: { type: 'root', children: [] } })).toEqual([]);
  });
});

/**
 * Six citations at different depths: a paragraph "a [1] b [2]", a list whose second item holds a
 * nested list "[4] [5]" after a first item "[3]", a heading "[6]", an empty paragraph.
 */
function writeNestedMemo(editor: LexicalEditor): void {
  editor.update(
    () => {
      const cite = (id: string) => $createCitationNode(id, null);
      $getRoot().append(
        $createParagraphNode().append($createTextNode('a'), cite('h1'), $createTextNode('b'), cite('h2')),
        $createListNode('bullet').append(
          $createListItemNode().append(cite('h3')),
          $createListItemNode().append(
            $createListNode('number').append($createListItemNode().append(cite('h4'), cite('h5'))),
          ),
        ),
        $createHeadingNode('h2').append(cite('h6')),
        $createParagraphNode(),
      );
    },
    { discrete: true },
  );
}

test('the numbering read from the stored state agrees with the one walked node by node', () => {
  const editor = createMemoHeadlessEditor();
  writeNestedMemo(editor);
  // Moves and deletions change the order the stored state is linked in.
  editor.update(
    () => {
      const [first, list, heading] = $getRoot().getChildren<ElementNode>();
      heading?.insertBefore(list!);
      first?.getLastChild()?.remove();
      $getRoot().append(first!);
    },
    { discrete: true },
  );
  const state = editor.getEditorState();
  const walked = state.read($citationNumbers);
  expect([...citationNumbers(state)]).toEqual([...walked]);
  expect(walked.size).toBe(5);
});

test('an edit that moves no citation keeps the numbering as it was; one that does renumbers', () => {
  const editor = createMemoHeadlessEditor();
  const keys = writeMemo(editor);
  const before = citationNumbers(editor.getEditorState());
  editor.update(() => $getRoot().getLastChild()?.insertBefore($createParagraphNode().append($createTextNode('More text.'))), {
    discrete: true,
  });
  expect(citationNumbers(editor.getEditorState())).toBe(before);
  editor.update(() => $getNodeByKey(keys.killed)?.remove(), { discrete: true });
  const after = citationNumbers(editor.getEditorState());
  expect([...after]).toEqual([
    [keys.tokayev, 1],
    [keys.arrests, 2],
  ]);
  editor.update(() => $getRoot().append($createParagraphNode().append($createCitationNode('h-new', null))), { discrete: true });
  expect([...citationNumbers(editor.getEditorState()).values()]).toEqual([1, 2, 3]);
});

describe('the numbering after each update, as the footnote markers get it', () => {
  // Every update's numbering as `citationNumbersAfter` gives it (from the numbering before when
  // it judges that no citation moved), next to the memo numbered afresh by walking it.
  function followUpdates(editor: LexicalEditor): Array<{ given: [NodeKey, number][]; walked: [NodeKey, number][] }> {
    const seen: Array<{ given: [NodeKey, number][]; walked: [NodeKey, number][] }> = [];
    editor.registerUpdateListener((update) => {
      seen.push({ given: [...citationNumbersAfter(update)], walked: [...update.editorState.read($citationNumbers)] });
    });
    return seen;
  }

  const edits: Record<string, () => void> = {
    'typing in a paragraph': () => {
      const text = $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>();
      text.setTextContent(`${text.getTextContent()} and more`);
    },
    'moving a footnote before another in its paragraph': () => {
      const paragraph = $getRoot().getFirstChildOrThrow<ElementNode>();
      paragraph.getChildAtIndex(1)?.insertBefore(paragraph.getLastChildOrThrow());
    },
    'moving a list item above the one before it': () => {
      const list = $getRoot().getChildAtIndex<ElementNode>(1)!;
      list.getFirstChildOrThrow().insertBefore(list.getLastChildOrThrow());
    },
    'moving a footnote to the start of the list item before': () => {
      const list = $getRoot().getChildAtIndex<ElementNode>(1)!;
      const [first, second] = list.getChildren<ElementNode>();
      first!.getFirstChildOrThrow().insertBefore(second!.getLastDescendant()!);
    },
    'moving the paragraph to the end': () => {
      $getRoot().append($getRoot().getFirstChildOrThrow());
    },
    'deleting a footnote': () => {
      $getRoot().getChildAtIndex<ElementNode>(1)?.getLastChildOrThrow<ElementNode>().getFirstDescendant()?.remove();
    },
    'changing a footnote’s claim': () => {
      const list = $getRoot().getChildAtIndex<ElementNode>(1)!;
      list.getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<CitationNode>().setClaimId('c-new');
    },
  };

  test.each(Object.keys(edits))('%s', (name) => {
    const editor = createMemoHeadlessEditor();
    const seen = followUpdates(editor);
    writeNestedMemo(editor);
    editor.update(edits[name]!, { discrete: true });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.given).toEqual(seen[1]!.walked);
    expect(seen[1]!.walked).toHaveLength(name === 'deleting a footnote' ? 5 : 6);
  });

  test('undo (an earlier state set whole) numbers as that state does', () => {
    const editor = createMemoHeadlessEditor();
    const seen = followUpdates(editor);
    writeNestedMemo(editor);
    const written = editor.getEditorState();
    editor.update(edits['moving the paragraph to the end']!, { discrete: true });
    editor.setEditorState(written);
    expect(seen).toHaveLength(3);
    for (const { given, walked } of seen) expect(given).toEqual(walked);
  });
});
