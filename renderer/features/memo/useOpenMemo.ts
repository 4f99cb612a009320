import { useEffect, useState } from 'react';
import type { Memo } from '../../../app/model/types';
import { db } from '../../storage/database';
import type { MemoSummary } from '../../storage/memoSummaries';
import { readMemo } from '../../storage/memos';
import { onNotebookRestored } from '../../storage/notebookRestored';
import type { WriteStamps } from './writeStamps';

export interface OpenMemo {
  /** The open memo as last read, content included; null while it loads. */
  readonly memo: Memo | null;
  /** Changes each time the memo is read again: the editor showing it starts over from it. */
  readonly readKey: string;
}

/**
 * The memo the pane shows, read with its content once when it opens — not again after each of
 * the pane's own saves, which would read half a megabyte back for a long memo. A write made
 * elsewhere (another window) shows in the summary as an `updatedAt` the pane did not stamp, and
 * a restore says it happened: then the memo is read again, and the pane shows what is stored.
 */
export function useOpenMemo(summary: MemoSummary | null, stamps: WriteStamps): OpenMemo {
  const [read, setRead] = useState<{ readonly memo: Memo | null; readonly restores: number } | null>(null);
  const [restores, setRestores] = useState(0);
  useEffect(() => onNotebookRestored(() => setRestores((count) => count + 1)), []);

  const id = summary?.id ?? null;
  const updatedAt = summary?.updatedAt ?? null;
  const memo = read?.memo ?? null;
  const upToDate =
    memo !== null &&
    memo.id === id &&
    read?.restores === restores &&
    (memo.updatedAt === updatedAt || (updatedAt !== null && stamps.isOwn(memo.id, updatedAt)));

  useEffect(() => {
    if (id === null || upToDate) return;
    let cancelled = false;
    void readMemo(db, id).then((stored) => {
      if (!cancelled) setRead({ memo: stored ?? null, restores });
    });
    return () => {
      cancelled = true;
    };
  }, [id, updatedAt, upToDate, restores]);

  const shown = memo !== null && memo.id === id ? memo : null;
  return { memo: shown, readKey: shown ? `${shown.id}@${shown.updatedAt}#${read?.restores ?? 0}` : '' };
}
