import type { LexicalEditor } from 'lexical';
import type { SerializedMemoNode } from '../../app/model/types';
import type { InsertCitationPayload } from './commands';

import { $createParagraphNode, $createTextNode, $getRoot, $setSelection } from 'lexical';
import { beforeEach, describe, expect, test } from 'vitest';
import { INSERT_CITATION_COMMAND, registerCitations } from './commands';
import { createMemoHeadlessEditor } from './headless';
import { toMemoState } from './memoState';

const killed: InsertCitationPayload = {
  quote: 'more than 160 killed',
  highlightId: 'h-reuters',
  claimId: null,
};
const arrests: InsertCitationPayload = {
  quote: 'about 16,000',
  highlightId: 'h-bbc',
  claimId: 'c-arrests',
};

/** Dispatches and commits at once, as a keystroke in the editor would. */
function cite(editor: LexicalEditor, payload: InsertCitationPayload): void {
  editor.update(() => void editor.dispatchCommand(INSERT_CITATION_COMMAND, payload), {
    discrete: true,
  });
}

/** The inline nodes of the memo's first paragraph, as stored. */
function firstParagraphNodes(editor: LexicalEditor): readonly SerializedMemoNode[] {
  return toMemoState(editor.getEditorState()).root.children?.[0]?.children ?? [];
}

/** The memo's first paragraph as the analyst would read it, footnotes as [highlightId]. */
function firstParagraph(editor: LexicalEditor): string {
  return firstParagraphNodes(editor)
    .map((node) => (node.type === 'citation' ? `[${String(node.highlightId)}]` : node.text))
    .join('');
}

describe('INSERT_CITATION_COMMAND', () => {
  let editor: LexicalEditor;
  beforeEach(() => {
    editor = createMemoHeadlessEditor();
    registerCitations(editor);
  });

  test('two citations into an empty memo: each quote in curly quotes, then its footnote, then a space', () => {
    cite(editor, killed);
    cite(editor, arrests);

    const citations = firstParagraphNodes(editor).filter((node) => node.type === 'citation');
    expect(citations).toEqual([
      { type: 'citation', version: 1, highlightId: 'h-reuters', claimId: null },
      { type: 'citation', version: 1, highlightId: 'h-bbc', claimId: 'c-arrests' },
    ]);
    expect(firstParagraph(editor)).toBe('“more than 160 killed”[h-reuters] “about 16,000”[h-bbc] ');
  });

  test('inserts at the caret, inside the sentence the analyst is writing', () => {
    editor.update(
      () => {
        const text = $createTextNode('Reuters reported  in Almaty.');
        $getRoot().append($createParagraphNode().append(text));
        text.select(17, 17);
      },
      { discrete: true },
    );
    cite(editor, killed);
    expect(firstParagraph(editor)).toBe(
      'Reuters reported “more than 160 killed”[h-reuters]  in Almaty.',
    );
  });

  test('with the memo unfocused, goes where the caret last was', () => {
    editor.update(
      () => {
        const text = $createTextNode('Arrests: . Casualties unclear.');
        $getRoot().append($createParagraphNode().append(text));
        text.select(9, 9);
      },
      { discrete: true },
    );
    // The analyst clicks "Cite in memo" in the Claims panel: the editor loses its selection.
    editor.update(() => $setSelection(null), { discrete: true });
    cite(editor, arrests);
    expect(firstParagraph(editor)).toBe('Arrests: “about 16,000”[h-bbc] . Casualties unclear.');
  });

  test('a quote spanning paragraphs is inserted as one line', () => {
    cite(editor, { ...killed, quote: 'Protests spread.\n\nMore than 160 were killed.' });
    expect(firstParagraph(editor)).toBe(
      '“Protests spread. More than 160 were killed.”[h-reuters] ',
    );
  });

  test('refuses an editor that does not know the citation node', async () => {
    const { createHeadlessEditor } = await import('@lexical/headless');
    expect(() => registerCitations(createHeadlessEditor({ nodes: [] }))).toThrow(/CitationNode/);
  });
});
