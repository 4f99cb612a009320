import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Memo, SerializedMemoState } from '../../app/model/types';
import { prepareRestore, replaceNotebook } from './backupRestore';
import { openDatabaseAtVersion } from './backupVersions';
import { openNotebookDatabase } from './database';
import { ensureMemoSummaries } from './memoSummaries';
import { createMemo, renameMemo, saveMemo } from './memos';

// The memo list reads summaries (everything but the content), kept in the same transaction as
// every write to `memos` (schema version 5): they must always say what the memos say.

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
const fresh = () => {
  const name = `margin-memo-summaries-${Date.now()}-${names.length}`;
  names.push(name);
  return name;
};

const text = (words: string): SerializedMemoState => ({
  root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: words }] }] },
});
const memo = (id: string, title: string, updatedAt = '2026-01-02T00:00:00.000Z'): Memo => ({
  id, title, content: text(`Body of ${title}`), createdAt: '2026-01-01T00:00:00.000Z', updatedAt,
});
const withoutContent = ({ content: _content, ...summary }: Memo) => summary;

describe('memo summaries', () => {
  it('follow every add, save, rename, delete and clear of the memos, newest first', async () => {
    const db = openNotebookDatabase(fresh());
    const first = await createMemo(db, 'Casualty figures');
    await db.memos.bulkAdd([memo('memo_b', 'Arrests', '2020-01-01T00:00:00.000Z')]);
    expect(await db.memoSummaries.orderBy('updatedAt').reverse().toArray()).toEqual([withoutContent(first), withoutContent(memo('memo_b', 'Arrests', '2020-01-01T00:00:00.000Z'))]);

    await saveMemo(db, { ...memo('memo_b', 'Arrests'), content: text('Forty-one detained.') }, '2030-05-05T05:05:05.000Z');
    await renameMemo(db, first.id, 'Casualty figures (revised)', '2030-06-06T06:06:06.000Z');
    const summaries = await db.memoSummaries.orderBy('updatedAt').reverse().toArray();
    expect(summaries.map((s) => [s.id, s.title, s.updatedAt])).toEqual([
      [first.id, 'Casualty figures (revised)', '2030-06-06T06:06:06.000Z'],
      ['memo_b', 'Arrests', '2030-05-05T05:05:05.000Z'],
    ]);
    expect(summaries.every((summary) => !('content' in summary))).toBe(true);

    await db.memos.delete('memo_b');
    expect(await db.memoSummaries.toCollection().primaryKeys()).toEqual([first.id]);
    await db.memos.clear();
    expect(await db.memoSummaries.count()).toBe(0);
    db.close();
  });

  it('a save stores the whole memo as given, with its stamp, in one write', async () => {
    const db = openNotebookDatabase(fresh());
    const created = await createMemo(db, 'Draft');
    await saveMemo(db, { ...created, title: 'Who gave the orders', content: text('Orders came from Astana.') }, '2030-01-01T00:00:00.000Z');
    const stored = await db.memos.get(created.id);
    expect(stored).toEqual({ ...created, title: 'Who gave the orders', content: text('Orders came from Astana.'), updatedAt: '2030-01-01T00:00:00.000Z' });
    expect(await db.memoSummaries.get(created.id)).toEqual(withoutContent(stored!));
    db.close();
  });

  it('a refused add stores no summary', async () => {
    const db = openNotebookDatabase(fresh());
    await db.memos.add(memo('memo_a', 'Original'));
    await expect(db.memos.add(memo('memo_a', 'Impostor'))).rejects.toBeInstanceOf(Dexie.ConstraintError);
    expect(await db.memoSummaries.toArray()).toEqual([withoutContent(memo('memo_a', 'Original'))]);
    db.close();
  });

  it('are made for the memos of a version 4 notebook when it upgrades', async () => {
    const name = fresh();
    const old = openDatabaseAtVersion(name, 4);
    await old.table('memos').bulkAdd([memo('memo_a', 'Alpha'), memo('memo_b', 'Beta', '2026-03-01T00:00:00.000Z')]);
    old.close();
    const db = openNotebookDatabase(name);
    expect(await db.memoSummaries.orderBy('updatedAt').toArray()).toEqual([withoutContent(memo('memo_a', 'Alpha')), withoutContent(memo('memo_b', 'Beta', '2026-03-01T00:00:00.000Z'))]);
    db.close();
  });

  it('are right after a restore replaces the notebook with a version 4 backup', async () => {
    const db = openNotebookDatabase(fresh());
    await db.memos.bulkAdd([memo('memo_x', 'Gone after the restore')]);
    const file = readFileSync(join(import.meta.dirname, 'fixtures/notebook-v4.margin-backup'));
    await replaceNotebook(db, await prepareRestore(db, file));
    const memos = await db.memos.toArray();
    expect(memos).toHaveLength(1);
    expect(await db.memoSummaries.toArray()).toEqual(memos.map(withoutContent));
    db.close();
  });

  it('are repaired when a write went around them', async () => {
    const db = openNotebookDatabase(fresh());
    await db.memos.bulkAdd([memo('memo_a', 'Alpha'), memo('memo_b', 'Beta')]);
    await db.memoSummaries.delete('memo_b');
    await ensureMemoSummaries(db);
    expect((await db.memoSummaries.toArray()).map((s) => s.title).sort()).toEqual(['Alpha', 'Beta']);
    db.close();
  });
});
