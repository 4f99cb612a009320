import { useCallback, useEffect } from 'react';
import type { Memo, SerializedMemoState } from '../../../app/model/types';
import { MemoEditor, type MemoEditorApi } from '../../editor/MemoEditor';
import { db } from '../../storage/database';
import { renameMemo, saveMemoContent } from '../../storage/memos';
import { ExportMenu } from '../export/ExportMenu';
import { useCitationFlags } from '../export/useCitationFlags';
import { loadNotebookCitables } from './loadCitables';
import { MemoPicker } from './MemoPicker';
import { useLatestWriter } from './useLatestWriter';

interface MemoPaneProps {
  readonly memos: readonly Memo[] | undefined;
  readonly activeMemo: Memo | null;
  readonly onOpenMemo: (memoId: string) => void;
  readonly onNewMemo: () => void;
  readonly onEditorReady: (api: MemoEditorApi | null) => void;
  readonly describeCitation: (highlightId: string, claimId: string | null) => string;
}

const SAVE_LABELS = { saved: 'Saved', saving: 'Saving…', error: 'Not saved — check disk space' } as const;

/** The memo list, the open memo's title and editor, and its export. Saves as you type. */
export function MemoPane({ memos, activeMemo, onOpenMemo, onNewMemo, onEditorReady, describeCitation }: MemoPaneProps) {
  const memoId = activeMemo?.id ?? null;
  const writeContent = useCallback(
    (content: SerializedMemoState) => (memoId ? saveMemoContent(db, memoId, content) : Promise.resolve()),
    [memoId],
  );
  const { save, state } = useLatestWriter(writeContent);
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
            onChange={(event) => void renameMemo(db, activeMemo.id, event.target.value)}
          />
          <MemoEditor
            key={activeMemo.id}
            memoId={activeMemo.id}
            initialState={activeMemo.content}
            onChange={save}
            onReady={onEditorReady}
            describeCitation={describeCitation}
            citationFlags={citationFlags}
            loadCitables={loadNotebookCitables}
          />
          <p className={`save-state save-${state}`} aria-live="polite">
            {SAVE_LABELS[state]}
          </p>
        </>
      ) : (
        <p className="empty-state">No memo open. “New memo” starts one; “Cite in memo” on a claim starts one for you.</p>
      )}
    </section>
  );
}
