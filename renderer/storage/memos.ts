import { newId } from '../../app/model/ids';
import type { Memo, SerializedMemoState } from '../../app/model/types';
import type { NotebookDatabase } from './database';

/** An empty Lexical document: a root holding one empty paragraph. */
export const EMPTY_MEMO_STATE: SerializedMemoState = {
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] },
    ],
  },
};

export async function createMemo(db: NotebookDatabase, title = 'Untitled memo'): Promise<Memo> {
  const now = new Date().toISOString();
  const memo: Memo = { id: newId('memo'), title, content: EMPTY_MEMO_STATE, createdAt: now, updatedAt: now };
  await db.memos.add(memo);
  return memo;
}

/**
 * Stores the memo with new content, stamped `updatedAt` (the open memo's pane tells its own writes
 * from writes made elsewhere by their stamps). One put of the whole record, issued at once: an
 * `update` would first read the stored content back and copy it (half a megabyte of objects on
 * the UI thread for a long memo) only to replace it, and a write that waits for a read can be cut
 * off when the page is closed right after the last keystroke.
 */
export async function saveMemo(db: NotebookDatabase, memo: Omit<Memo, 'updatedAt'>, updatedAt = new Date().toISOString()): Promise<void> {
  await db.memos.put({ ...memo, updatedAt });
}

/** Renames the memo, stamped `updatedAt` (see `saveMemo`). */
export async function renameMemo(db: NotebookDatabase, memoId: string, title: string, updatedAt = new Date().toISOString()): Promise<void> {
  // Stored as typed (an empty title while retyping is fine); lists show "Untitled memo" for it.
  await db.memos.update(memoId, { title, updatedAt });
}

/** The memo with its content, read once when it opens (the list reads summaries only). */
export async function readMemo(db: NotebookDatabase, memoId: string): Promise<Memo | undefined> {
  return db.memos.get(memoId);
}
