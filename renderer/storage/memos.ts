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

export async function saveMemoContent(db: NotebookDatabase, memoId: string, content: SerializedMemoState): Promise<void> {
  await db.memos.update(memoId, { content, updatedAt: new Date().toISOString() });
}

export async function renameMemo(db: NotebookDatabase, memoId: string, title: string): Promise<void> {
  // Stored as typed (an empty title while retyping is fine); lists show "Untitled memo" for it.
  await db.memos.update(memoId, { title, updatedAt: new Date().toISOString() });
}
