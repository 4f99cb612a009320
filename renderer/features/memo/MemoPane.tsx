import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import type { Memo, SerializedMemoState } from '../../../app/model/types';
import { MemoEditor, type MemoEditorApi } from '../../editor/MemoEditor';
import { db } from '../../storage/database';
import { useMemoList } from '../../storage/live';
import { readMemo, renameMemo, saveMemo } from '../../storage/memos';
import { ExportMenu } from '../export/ExportMenu';
import { useCitationFlags } from '../export/useCitationFlags';
import { loadNotebookCitables } from './loadCitables';
import { MemoPicker } from './MemoPicker';
import { SaveStateLabel } from './SaveStateLabel';
import { useLatestWriter } from './useLatestWriter';
import { useOpenMemo } from './useOpenMemo';
import { createWriteStamps } from './writeStamps';

interface MemoPaneProps {
  /** The memo asked for (a search hit, the palette, the picker); the most recent one when null. */
  readonly memoId: string | null;
  readonly onOpenMemo: (memoId: string) => void;
  readonly onNewMemo: () => void;
  readonly onEditorReady: (api: MemoEditorApi | null) => void;
  readonly describeCitation: (highlightId: string, claimId: string | null) => string;
}

/**
 * The memo list, the open memo's title and editor, and its export. Saves as you type, and a save
 * re-renders nothing here unless the footnote flags change (see useCitationFlags).
 */
export function MemoPane({ memoId: asked, onOpenMemo, onNewMemo, onEditorReady, describeCitation }: MemoPaneProps) {
  const [stamps] = useState(createWriteStamps);
  // Summaries only: a save changes one row of a few dates and a title, not the long content.
  const memos = useMemoList(stamps.isOwn);
  const summary = memos?.find((memo) => memo.id === asked) ?? memos?.[0] ?? null;
  const { memo: opened, readKey } = useOpenMemo(summary, stamps);
  const memoId = opened?.id ?? null;
  const { flags: citationFlags, recheck } = useCitationFlags(opened?.content ?? null);
  // The memo as this pane last wrote it or its editor last handed it over: what a save stores
  // (a whole record, title as last typed here) and what the export reads. At first as stored.
  const latest = useRef<Omit<Memo, 'updatedAt'> | null>(null);
  useLayoutEffect(() => {
    latest.current = opened && { id: opened.id, title: opened.title, content: opened.content, createdAt: opened.createdAt };
  }, [opened]);
  const title = summary?.title ?? '';
  const getMemo = useCallback((): Memo => ({ ...opened!, title, content: latest.current?.content ?? opened!.content }), [opened, title]);

  // Each change is written to the memo it was made in, even after another memo opened.
  const writeMemo = useCallback((id: string, memo: Omit<Memo, 'updatedAt'>) => saveMemo(db, memo, stamps.next(id)), [stamps]);
  const writer = useLatestWriter(writeMemo);
  const saveContent = useCallback(
    (next: SerializedMemoState, leavingPage: boolean) => {
      const memo = latest.current;
      // A memo's last change can come after another memo opened: it is still saved, to its memo.
      if (!memoId || !memo) return;
      if (memo.id !== memoId) {
        void readMemo(db, memoId).then((stored) => stored && writer.save(memoId, { ...stored, content: next }));
        return;
      }
      latest.current = { ...memo, content: next };
      writer.save(memoId, latest.current, leavingPage);
      recheck(next);
    },
    [memoId, writer, recheck],
  );
  const expectContent = useCallback(() => {
    if (memoId) writer.expect(memoId);
  }, [memoId, writer]);
  // A stable handler: an input whose props change is rewritten by React on every save.
  const onRename = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      if (!memoId) return;
      if (latest.current?.id === memoId) latest.current = { ...latest.current, title: event.target.value };
      void renameMemo(db, memoId, event.target.value, stamps.next(memoId));
    },
    [memoId, stamps],
  );
  useEffect(() => () => onEditorReady(null), [memoId, onEditorReady]);

  return (
    <section aria-labelledby="memo-heading" className="memo-pane">
      <div className="memo-toolbar">
        <h2 id="memo-heading">Memo</h2>
        <button type="button" onClick={onNewMemo}>
          New memo
        </button>
        {memos && memos.length > 1 && <MemoPicker memos={memos} activeId={memoId} onOpenMemo={onOpenMemo} />}
        {opened && <ExportMenu getMemo={getMemo} />}
      </div>
      {opened ? (
        <>
          {/* Uncontrolled, keyed by the memo as read: the pane's own saves never reset it, a memo read
              again after a write made elsewhere or a restore starts a new title field and editor.
              Named without the word "Memo", which belongs to the editor's textbox alone. */}
          <input
            key={`title-${readKey}`}
            className="memo-title"
            aria-label="Document title"
            defaultValue={opened.title}
            onChange={onRename}
          />
          <MemoEditor
            key={readKey}
            memoId={opened.id}
            initialState={opened.content}
            onChange={saveContent}
            onUnsavedChange={expectContent}
            onReady={onEditorReady}
            describeCitation={describeCitation}
            citationFlags={citationFlags}
            loadCitables={loadNotebookCitables}
          />
          <SaveStateLabel writer={writer} />
        </>
      ) : memos && memos.length === 0 ? (
        <p className="empty-state">No memo open. “New memo” starts one; “Cite in memo” on a claim starts one for you.</p>
      ) : null}
    </section>
  );
}
