import type { EditorState, LexicalEditor } from 'lexical';
import type { SerializedMemoState } from '../../app/model/types';

import { flatMemoState, groupedMemoState } from './memoSections';

/**
 * The memo as stored: Lexical's JSON (legacy, full form) typed as the domain reads it, flat (a
 * long memo's sections are the editor's alone, memoSections.ts).
 */
export function toMemoState(editorState: EditorState): SerializedMemoState {
  return flatMemoState(editorState.toJSON());
}

/**
 * Opens a stored memo in `editor`. Lexical validates the JSON as it parses; going through a
 * string lets the domain's looser type in without a cast. Throws on a node type it does not know.
 */
export function parseMemoState(editor: LexicalEditor, state: SerializedMemoState): EditorState {
  return editor.parseEditorState(JSON.stringify(groupedMemoState(state)));
}
