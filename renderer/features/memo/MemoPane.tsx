import { useCallback, useEffect, type ChangeEvent } from 'react';
import type { Memo, SerializedMemoState } from '../../../app/model/types';
import { MemoEditor, type MemoEditorApi } from '../../editor/MemoEditor';
import { db } from '../../storage/database';
import { renameMemo, saveMemoContent } from '../../storage/memos';
import { ExportMenu } from '../export/ExportMenu';
import { useCitationFlags } from '../export/useCitationFlags';
import { loadNotebookCitables } from './loadCitables';
import { MemoPicker } from './MemoPicker';
import { SaveStateLabel } from './SaveStateLabel';
import { useLatestWriter } from './useLatestWriter';

// One function for every memo: each change is written to the memo it was made in.
const writeContent = (memoId: string, content: SerializedMemoState) => saveMemoContent(db, memoId, content);

interface MemoPaneProps {
  readonly memos: readonly Memo[] | undefined;
  readonly activeMemo: Memo | null;
  readonly onOpenMemo: (memoId: string) => void;
  readonly onNewMemo: () => void;
  readonly onEditorReady: (api: MemoEditorApi | null) => void;
  readonly describeCitation: (highlightId: string, claimId: string | null) => string;
}

/** The memo list, the open memo's title and editor, and its export. Saves as you type. */
export function MemoPane({ memos, activeMemo, onOpenMemo, onNewMemo, onEditorReady, describeCitation }: MemoPaneProps) {
  const memoId = activeMemo?.id ?? null;
  const writer = useLatestWriter(writeContent);
  const saveContent = useCallback(
    (content: SerializedMemoState) => {
      if (memoId) writer.save(memoId, content);
    },
    [memoId, writer],
  );
  const expectContent = useCallback(() => {
    if (memoId) writer.expect(memoId);
  }, [memoId, writer]);
  // A stable handler: an input whose props change is rewritten by React on every save.
  const onRename = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      if (memoId) void renameMemo(db, memoId, event.target.value);
    },
    [memoId],
  );
  const citationFlags = useCitationFlags(activeMemo?.content ?? null);
  useEffect(() => () => onEditorReady(null), [memoId, onEditorReady]);

  return (
    <section aria-labelledby="memo-heading" className="memo-pane">
      <div className="memo-toolbar">
        <h2 id="memo-heading">Memo</h2>
        <button type="button" onClick={onNewMemo}>
          New memo
        </button>
        {memos && memos.length > 1 && <MemoPicker memos={memos} activeId={memoId} onOpenMemo={onOpenMemo} />}
        {activeMemo && <ExportMenu memo={activeMemo} />}
      </div>
      {activeMemo ? (
        <>
          {/* Uncontrolled, keyed by memo: the live query echoing each saved keystroke must not reset it.
              Named without the word "Memo", which belongs to the editor's textbox alone. */}
          <input
            key={`title-${activeMemo.id}`}
            className="memo-title"
            aria-label="Document title"
            defaultValue={activeMemo.title}
            onChange={onRename}
          />
          <MemoEditor
            key={activeMemo.id}
            memoId={activeMemo.id}
            initialState={activeMemo.content}
            onChange={saveContent}
            onUnsavedChange={expectContent}
            onReady={onEditorReady}
            describeCitation={describeCitation}
            citationFlags={citationFlags}
            loadCitables={loadNotebookCitables}
          />
          <SaveStateLabel writer={writer} />
        </>
      ) : (
        <p className="empty-state">No memo open. “New memo” starts one; “Cite in memo” on a claim starts one for you.</p>
      )}
    </section>
  );
}
