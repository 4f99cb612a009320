import type { LexicalEditor } from 'lexical';

import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { expect, test } from 'vitest';
import { INSERT_CITATION_COMMAND, registerCitations } from './commands';
import { createMemoHeadlessEditor } from './headless';
import { parseMemoState, toMemoState } from './memoState';

/** A memo using every kind of node the editor offers. */
function writeMemo(editor: LexicalEditor): void {
  editor.update(
    () => {
      const paragraph = $createParagraphNode().append(
        $createTextNode('Casualty figures '),
        $createTextNode('disagree').toggleFormat('bold'),
        $createTextNode(': '),
      );
      $getRoot().append(
        $createHeadingNode('h2').append($createTextNode('Kazakhstan, January 2022')),
        paragraph,
        $createQuoteNode().append($createTextNode('Tokayev / Toqaev').toggleFormat('italic')),
        $createListNode('bullet').append(
          $createListItemNode().append($createTextNode('Arrests: ')),
        ),
      );
      paragraph.selectEnd();
    },
    { discrete: true },
  );
  editor.update(
    () => {
      editor.dispatchCommand(INSERT_CITATION_COMMAND, {
        quote: 'more than 160 killed',
        highlightId: 'h-1',
        claimId: null,
      });
      editor.dispatchCommand(INSERT_CITATION_COMMAND, {
        quote: 'dozens',
        highlightId: 'h-2',
        claimId: 'c-1',
      });
    },
    { discrete: true },
  );
}

test('a memo saved as JSON reopens unchanged: JSON → editor → JSON is identical', () => {
  const writer = createMemoHeadlessEditor();
  registerCitations(writer);
  writeMemo(writer);
  const saved = toMemoState(writer.getEditorState());
  expect(JSON.stringify(saved)).toContain('"type":"citation"');

  const reader = createMemoHeadlessEditor();
  reader.setEditorState(parseMemoState(reader, saved));
  const reopened = toMemoState(reader.getEditorState());

  expect(reopened).toStrictEqual(saved);
  expect(JSON.stringify(reopened)).toBe(JSON.stringify(saved));
});
