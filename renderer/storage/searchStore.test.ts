import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchIndex } from '../../app/search';
import type { NotebookDatabase } from './database';
import { lastJournalSeq, loadSearchIndex, readJournalSince, saveSearchIndex } from './searchStore';
import { openTestDatabase } from './testDatabase';

// The stored index and the journal, as several windows' search workers share them.

let db: NotebookDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

const journal = (count: number) => db.searchJournal.bulkAdd(Array.from({ length: count }, (_, i) => ({ table: 'sources' as const, key: `src_${i}` })));

describe('the stored search index', () => {
  it('is never replaced by one that includes less of the journal, whose lines stay', async () => {
    await journal(6);
    const newer = new SearchIndex();
    newer.add({ id: 'src_new', kind: 'source', title: 'Newer', names: [], body: 'newer', sourceIds: ['src_new'], tags: [], date: null });
    expect(await saveSearchIndex(db, newer.toSnapshot(), 4)).toBe(true);
    expect((await db.searchJournal.toArray()).map((line) => line.seq)).toEqual([5, 6]);
    // A window that took in only the first two lines tries to store its index.
    expect(await saveSearchIndex(db, new SearchIndex().toSnapshot(), 2)).toBe(false);
    expect(await saveSearchIndex(db, new SearchIndex().toSnapshot(), 4)).toBe(false);
    const stored = await loadSearchIndex(db);
    expect(stored?.appliedSeq).toBe(4);
    expect(new SearchIndex(stored!.snapshot).size).toBe(1);
    expect((await db.searchJournal.toArray()).map((line) => line.seq)).toEqual([5, 6]);
  });

  it('tells a reader when lines it has not read may be gone', async () => {
    await journal(3);
    await saveSearchIndex(db, new SearchIndex().toSnapshot(), 2);
    const behind = await readJournalSince(db, 1);
    expect(behind.stored?.appliedSeq).toBe(2);
    expect(behind.entries.map((line) => line.seq)).toEqual([3]);
    const caughtUp = await readJournalSince(db, 2);
    expect(caughtUp.entries.map((line) => line.seq)).toEqual([3]);
    // With every line stored and dropped, the journal position is still the stored one.
    await saveSearchIndex(db, new SearchIndex().toSnapshot(), 3);
    expect(await db.searchJournal.count()).toBe(0);
    expect(await lastJournalSeq(db)).toBe(3);
  });
});
