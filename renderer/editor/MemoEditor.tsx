import type { InitialConfigType } from '@lexical/react/LexicalComposer';
import type { JSX } from 'react';
import type { SerializedMemoState } from '../../app/model/types';
import type { LoadCitables } from './citables';
import type { CitationFlags } from './citationProblems';
import type { InsertCitationPayload } from './commands';
import type { DescribeCitation } from './describeCitation';

import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $addUpdateTag } from 'lexical';
import { memo, useEffect, useEffectEvent, useLayoutEffect, useState } from 'react';
import { isMac } from '../platform/isMac';
import { CitationFlagsContext } from './citationProblems';
import { INSERT_CITATION_COMMAND, registerCitations } from './commands';
import { DescribeCitationContext } from './describeCitation';
import './editor.css';
import { registerDocumentEdges } from './documentEdges';
import { registerLinkGuard } from './links';
import { groupedMemoState, registerMemoSections } from './memoSections';
import { registerSaveWhileTyping, SAVE_AT_ONCE_TAG } from './saveWhileTyping';
import { memoNodes } from './nodes';
import { CITE_SHORTCUT, CitePickerPlugin } from './plugins/CitePickerPlugin';
import { PassageDropPlugin } from './plugins/PassageDropPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import { memoTheme } from './themes/memoTheme';

export type { InsertCitationPayload } from './commands';
export type { CitationFlag, CitationFlags } from './citationProblems';
export type { DescribeCitation } from './describeCitation';
export type { CitablePassage, LoadCitables } from './citables';

/** What the app can do to a mounted memo editor (given once, through `onReady`). */
export interface MemoEditorApi {
  /** Quotes a passage with its footnote where the caret is (or was last, or at the end). */
  insertCitation(payload: InsertCitationPayload): void;
  focus(): void;
}

export interface MemoEditorProps {
  readonly memoId: string;
  /** The stored memo; null for a new, empty one. Read once, when the memo opens. */
  readonly initialState: SerializedMemoState | null;
  /**
   * Called with the whole memo after changes to its content (not to the caret): when typing
   * pauses (typing on, right after the first key painted 2 s after the oldest unsaved change),
   * right after the frame for a change made from elsewhere, and at once when the memo loses focus
   * or the page is hidden or left (`leavingPage`: store it at once; see saveWhileTyping.ts).
   */
  onChange(state: SerializedMemoState, leavingPage: boolean): void;
  /** Called when a change is made that `onChange` has not been given yet. */
  onUnsavedChange?(): void;
  /** Names a footnote's source for its hover title and screen readers. */
  readonly describeCitation?: DescribeCitation;
  /** Footnotes to flag (by number): quotes that no longer match their source. */
  readonly citationFlags?: CitationFlags;
  onReady?(api: MemoEditorApi): void;
  /** The highlights and claims to offer when citing by keyboard ([[ or Ctrl/Cmd+Shift+C) or by a drop. */
  readonly loadCitables?: LoadCitables;
}

const NO_FLAGS: CitationFlags = new Map();

const PLACEHOLDER =
  'Write your memo. Type [[ (or Ctrl+Shift+C) to cite a passage, or use “Cite in memo” on a claim.';

/** The memo editor: a rich-text textbox named "Memo" with a small formatting toolbar. */
export function MemoEditor(props: MemoEditorProps): JSX.Element {
  // Keyed by memo: another memo is a new editor, never the old one's history or selection.
  return <MemoComposer key={props.memoId} {...props} />;
}

function MemoComposer(props: MemoEditorProps): JSX.Element {
  const { initialState, describeCitation, citationFlags } = props;
  // Made once per memo: the stored state is only read when the memo opens, and turning a long
  // memo into a string on every render (each save re-renders the pane) would cost milliseconds.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'memo',
    nodes: memoNodes,
    theme: memoTheme,
    // Lexical validates a stored memo as it parses it (a string goes through parseEditorState);
    // a long one opens grouped in sections (memoSections.ts).
    editorState: initialState === null ? undefined : JSON.stringify(groupedMemoState(initialState)),
    onError: (error) => {
      throw error;
    },
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <DescribeCitationContext.Provider value={describeCitation ?? null}>
        <CitationFlagsContext.Provider value={citationFlags ?? NO_FLAGS}>
          <MemoEditorSurface
            onChange={props.onChange}
            onUnsavedChange={props.onUnsavedChange}
            onReady={props.onReady}
            loadCitables={props.loadCitables}
          />
        </CitationFlagsContext.Provider>
      </DescribeCitationContext.Provider>
    </LexicalComposer>
  );
}

// Memoized: the pane re-renders after every save, and nothing here changes with the saved memo.
const MemoEditorSurface = memo(function MemoEditorSurface({
  onChange,
  onUnsavedChange,
  onReady,
  loadCitables,
}: Pick<MemoEditorProps, 'onChange' | 'onUnsavedChange' | 'onReady' | 'loadCitables'>): JSX.Element {
  const [editor] = useLexicalComposerContext();

  useEffect(() => registerMemoSections(editor), [editor]);
  useEffect(() => registerDocumentEdges(editor, isMac()), [editor]);
  useEffect(() => registerCitations(editor), [editor]);
  useEffect(() => registerLinkGuard(editor), [editor]);

  const announceReady = useEffectEvent((api: MemoEditorApi) => onReady?.(api));
  useEffect(() => {
    announceReady({
      insertCitation: (payload) =>
        editor.update(() => {
          $addUpdateTag(SAVE_AT_ONCE_TAG);
          editor.dispatchCommand(INSERT_CITATION_COMMAND, payload);
        }),
      focus: () => editor.focus(),
    });
  }, [editor]);

  // Handed over when typing pauses, with nothing pending left behind (saveWhileTyping.ts).
  useLayoutEffect(
    () => registerSaveWhileTyping(editor, { onChange, onUnsaved: onUnsavedChange }),
    [editor, onChange, onUnsavedChange],
  );

  return (
    <div className="memo-editor">
      <ToolbarPlugin />
      <div className="memo-editor__page">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="memo-editor__input"
              aria-label="Memo"
              aria-multiline={true}
              placeholder={<div className="memo-editor__placeholder">{PLACEHOLDER}</div>}
              aria-placeholder={PLACEHOLDER}
              aria-keyshortcuts={loadCitables ? CITE_SHORTCUT : undefined}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <WordCountPlugin />
      <HistoryPlugin />
      <ListPlugin />
      {loadCitables && <CitePickerPlugin loadCitables={loadCitables} />}
      {loadCitables && <PassageDropPlugin loadCitables={loadCitables} />}
    </div>
  );
});
