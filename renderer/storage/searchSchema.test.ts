import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabaseAtVersion } from './backupVersions';
import { openNotebookDatabase } from './database';
import { DERIVED_TABLES } from './schema';
import { WHOLE_TABLE } from './searchJournal';

// Schema version 3 (search): the index and the journal of changed records. A notebook written by
// version 1 opens with both, empty; from then on every write to a searchable table is journaled
// in its own transaction.

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const AT = '2025-12-01T10:00:00.000Z';
const source = {
  id: 'src_a', contentKey: 'k', title: 'Tokayev speaks', outlet: null, authors: [], publishedAt: null, url: null, language: 'en',
  importedAt: AT, origin: { fileName: 'a.txt', mediaType: 'text/plain', encoding: 'utf-8', sha256: 'x' },
  text: 'Tokayev speaks.', blocks: [{ start: 0, end: 15, kind: 'body' as const }],
};

describe('schema version 3 (search)', () => {
  it('upgrades a database written by version 1, keeping its records, with an empty index and journal', async () => {
    const name = `margin-v1-search-${Date.now()}`;
    names.push(name);
    const v1 = openDatabaseAtVersion(name, 1);
    await v1.open();
    await v1.table('sources').add(source);
    await v1.table('memos').add({ id: 'memo_a', title: 'M', content: { root: { type: 'root', children: [] } }, createdAt: AT, updatedAt: AT });
    v1.close();

    const db = openNotebookDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining([...DERIVED_TABLES]));
    expect(await db.sources.get('src_a')).toEqual(source);
    expect(await db.memos.count()).toBe(1);
    // The upgrade itself journals nothing: a missing index is built from every record anyway.
    expect(await db.searchJournal.count()).toBe(0);
    expect(await db.searchIndex.count()).toBe(0);
    db.close();
  });

  it('journals every write to a searchable table in the same transaction, and nothing when it aborts', async () => {
    const name = `margin-v3-journal-${Date.now()}`;
    names.push(name);
    const db = openNotebookDatabase(name);
    await db.sources.add(source);
    await db.transaction('rw', db.sources, async () => {
      await db.sources.update('src_a', { title: 'Toqaev speaks' });
    });
    await db.settings.put({ key: 'x', value: 1 }); // not searchable: no line
    await db
      .transaction('rw', db.memos, async () => {
        await db.memos.add({ id: 'memo_b', title: 'Lost', content: { root: { type: 'root', children: [] } }, createdAt: AT, updatedAt: AT });
        throw new Error('abort');
      })
      .catch(() => undefined);
    await db.sources.delete('src_a');
    await db.tags.clear();
    const lines = (await db.searchJournal.toArray()).map(({ table, key }) => `${table}:${key}`);
    expect(lines).toEqual(['sources:src_a', 'sources:src_a', 'sources:src_a', `tags:${WHOLE_TABLE}`]);
    db.close();
  });
});
