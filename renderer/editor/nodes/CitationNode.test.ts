import type { SerializedMemoNode, SerializedMemoState } from '../../../app/model/types';

import { $createParagraphNode, $createTextNode, $getRoot, $isParagraphNode } from 'lexical';
import { describe, expect, test } from 'vitest';
import { CITATION_NODE_TYPE } from '../../../app/model/types';
import { createMemoHeadlessEditor } from '../headless';
import { parseMemoState, toMemoState } from '../memoState';
import { $createCitationNode, $isCitationNode, CitationNode } from './CitationNode';

/** A stored memo whose one paragraph holds `citation` after a quote. */
function memoWith(citation: SerializedMemoNode): SerializedMemoState {
  const quote = {
    type: 'text',
    version: 1,
    text: '“dozens”',
    detail: 0,
    format: 0,
    mode: 'normal',
  };
  return {
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [quote, citation] }],
    },
  };
}

function readCitation(state: SerializedMemoState): {
  highlightId: string;
  claimId: string | null;
} {
  const editor = createMemoHeadlessEditor();
  return parseMemoState(editor, state).read(() => {
    const paragraph = $getRoot().getFirstChild();
    const citation = $isParagraphNode(paragraph) ? paragraph.getLastChild() : null;
    if (!$isCitationNode(citation)) throw new Error('no citation node');
    return { highlightId: citation.getHighlightId(), claimId: citation.getClaimId() };
  });
}

describe('CitationNode', () => {
  test('serializes to exactly the domain JSON, inline and typed "citation"', () => {
    const editor = createMemoHeadlessEditor();
    editor.update(
      () => {
        const citation = $createCitationNode('h-1', 'c-1');
        $getRoot().append($createParagraphNode().append($createTextNode('“dozens”'), citation));
        expect(citation.isInline()).toBe(true);
        expect(CitationNode.getType()).toBe(CITATION_NODE_TYPE);
      },
      { discrete: true },
    );
    const paragraph = toMemoState(editor.getEditorState()).root.children?.[0];
    expect(paragraph?.children?.[1]).toStrictEqual({
      type: 'citation',
      version: 1,
      highlightId: 'h-1',
      claimId: 'c-1',
    });
  });

  test('reads back what it wrote', () => {
    expect(
      readCitation(memoWith({ type: 'citation', version: 1, highlightId: 'h-2', claimId: null })),
    ).toEqual({
      highlightId: 'h-2',
      claimId: null,
    });
  });

  test('a stored citation with a malformed claim id opens without one rather than failing', () => {
    expect(
      readCitation(memoWith({ type: 'citation', version: 1, highlightId: 'h-3', claimId: 42 })),
    ).toEqual({
      highlightId: 'h-3',
      claimId: null,
    });
    expect(readCitation(memoWith({ type: 'citation', highlightId: 'h-4' }))).toEqual({
      highlightId: 'h-4',
      claimId: null,
    });
  });
});
