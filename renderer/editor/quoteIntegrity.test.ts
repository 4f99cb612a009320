import type { LexicalEditor } from 'lexical';
import type { InsertCitationPayload } from './commands';

import { $getRoot, $isElementNode, $isTextNode } from 'lexical';
import { beforeEach, describe, expect, test } from 'vitest';
import { listCitations } from '../../app/citation/memoCitations';
import { memoQuotes, quoteMatches } from '../../app/export/quoteIntegrity';
import { $citationNumbers } from './citationNumbering';
import { INSERT_CITATION_COMMAND, registerCitations } from './commands';
import { createMemoHeadlessEditor } from './headless';
import { toMemoState } from './memoState';

// The contract between the editor and the export check: what the editor inserts for a citation
// is what app/export reads back as the memo's quotation, and an edit to it is caught.

const spanning: InsertCitationPayload = {
  quote: 'while Internet access was blocked in the area.\n\n"It is not',
  highlightId: 'h-span',
  claimId: null,
};
const killed: InsertCitationPayload = {
  quote: 'More than 160 people were killed.',
  highlightId: 'h-ft',
  claimId: null,
};

function cite(editor: LexicalEditor, payload: InsertCitationPayload): void {
  editor.update(() => void editor.dispatchCommand(INSERT_CITATION_COMMAND, payload), {
    discrete: true,
  });
}

function quotes(editor: LexicalEditor) {
  return memoQuotes(toMemoState(editor.getEditorState()));
}

describe('quoted words in the editor and the export check', () => {
  let editor: LexicalEditor;
  beforeEach(() => {
    editor = createMemoHeadlessEditor();
    registerCitations(editor);
  });

  test('an inserted quote reads back as the passage, even one spanning paragraphs', () => {
    cite(editor, spanning);
    cite(editor, killed);
    const [first, second] = quotes(editor);
    expect(quoteMatches(first ?? '', spanning.quote)).toBe(true);
    expect(second).toBe(killed.quote);
  });

  test('a word changed inside the quotation no longer matches the passage', () => {
    cite(editor, killed);
    editor.update(
      () => {
        const text = $getRoot()
          .getAllTextNodes()
          .find((node) => node.getTextContent().includes('160'));
        text?.setTextContent(text.getTextContent().replace('160', '170'));
      },
      { discrete: true },
    );
    const [quoted] = quotes(editor);
    expect(quoted).toBe('More than 170 people were killed.');
    expect(quoteMatches(quoted ?? '', killed.quote)).toBe(false);
  });

  test('moving a paragraph renumbers its citation in the editor and in the stored memo alike', () => {
    cite(editor, killed);
    editor.update(() => void $getRoot().selectEnd().insertParagraph(), { discrete: true });
    cite(editor, spanning);
    const stored = () =>
      listCitations(toMemoState(editor.getEditorState())).map((c) => c.highlightId);
    expect(stored()).toEqual(['h-ft', 'h-span']);

    // Move the first paragraph below the second, as cut and paste would.
    editor.update(
      () => {
        const [first, second] = $getRoot().getChildren();
        if (first && second) second.insertAfter(first);
      },
      { discrete: true },
    );
    expect(stored()).toEqual(['h-span', 'h-ft']);
    const numbers = editor.getEditorState().read(() => {
      const byHighlight = new Map<string, number>();
      const keyed = $citationNumbers();
      for (const paragraph of $getRoot().getChildren()) {
        if (!$isElementNode(paragraph)) continue;
        for (const node of paragraph.getChildren()) {
          const number = keyed.get(node.getKey());
          if (number !== undefined && !$isTextNode(node)) {
            byHighlight.set(
              (node.exportJSON() as unknown as { highlightId: string }).highlightId,
              number,
            );
          }
        }
      }
      return Object.fromEntries(byHighlight);
    });
    expect(numbers).toEqual({ 'h-span': 1, 'h-ft': 2 });
  });
});
