import type { LexicalCommand, LexicalEditor, RangeSelection } from 'lexical';

import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  mergeRegister,
} from 'lexical';
import { $createCitationNode, CitationNode } from './nodes/CitationNode';

export interface InsertCitationPayload {
  /** The highlighted passage, verbatim; the memo shows it in curly quotes. */
  readonly quote: string;
  readonly highlightId: string;
  /** The claim the passage was cited through, if any. */
  readonly claimId: string | null;
}

/** Inserts “quote”, then its footnote, then a space, where the memo's caret is. */
export const INSERT_CITATION_COMMAND: LexicalCommand<InsertCitationPayload> =
  createCommand('INSERT_CITATION_COMMAND');

/**
 * Inserts a quoted citation at the selection. With no selection (the memo is not focused: the
 * analyst clicked "Cite in memo" elsewhere) it goes where the caret last was, if that place still
 * exists, else at the end of the memo. Must run inside `editor.update`.
 */
export function $insertCitation(
  payload: InsertCitationPayload,
  lastCaret: RangeSelection | null = null,
): void {
  let selection = $getSelection();
  if (selection === null && lastCaret !== null && $isStillValid(lastCaret)) {
    selection = lastCaret.clone();
    $setSelection(selection);
  }
  if (selection === null) {
    const root = $getRoot();
    if (root.getLastChild() === null) {
      root.append($createParagraphNode());
    }
    selection = root.selectEnd();
  }
  // A passage may span paragraphs; inside a sentence of the memo it reads as one line.
  const quote = payload.quote.replace(/\s*\n\s*/g, ' ');
  selection.insertNodes([
    $createTextNode(`“${quote}”`),
    $createCitationNode(payload.highlightId, payload.claimId),
    $createTextNode(' '),
  ]);
}

/** Whether a selection saved from an earlier editor state still points into this one. */
export function $isStillValid(selection: RangeSelection): boolean {
  return [selection.anchor, selection.focus].every((point) => {
    const node = $getNodeByKey(point.key);
    if (node === null || !node.isAttached()) {
      return false;
    }
    if (point.type === 'text') {
      return $isTextNode(node) && point.offset <= node.getTextContentSize();
    }
    return $isElementNode(node) && point.offset <= node.getChildrenSize();
  });
}

/**
 * Registers INSERT_CITATION_COMMAND on an editor whose nodes include CitationNode, and keeps
 * track of the caret so a citation inserted while the memo is unfocused lands where the analyst
 * left off. Returns the function that unregisters both.
 */
export function registerCitations(editor: LexicalEditor): () => void {
  if (!editor.hasNodes([CitationNode])) {
    throw new Error(
      'registerCitations: CitationNode is not registered on this editor (use memoNodes).',
    );
  }
  let lastCaret: RangeSelection | null = null;
  return mergeRegister(
    editor.registerUpdateListener(({ editorState }) => {
      editorState.read(() => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) {
          lastCaret = selection.clone();
        }
      });
    }),
    editor.registerCommand(
      INSERT_CITATION_COMMAND,
      (payload) => {
        $insertCitation(payload, lastCaret);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
  );
}
