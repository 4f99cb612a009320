import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabaseAtVersion } from './backupVersions';
import { openNotebookDatabase } from './database';
import { ensureSourceSummaries } from './sourceSummaries';
import { updateSourceMetadata } from './sources';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
const fresh = () => {
  const name = `margin-summaries-${Date.now()}-${names.length}`;
  names.push(name);
  return name;
};

const source = (id: string, title: string) => ({
  id, contentKey: `k-${id}`, title, outlet: 'RFE/RL', authors: ['A. Writer'], publishedAt: '2022-01', url: null, language: 'en',
  importedAt: '2025-12-01T10:00:00.000Z', origin: { fileName: `${id}.txt`, mediaType: 'text/plain', encoding: 'utf-8', sha256: 'x' },
  text: 'Long text the list never reads.', blocks: [{ start: 0, end: 31, kind: 'body' as const }],
});
const summary = (id: string, title: string) => ({ id, title, outlet: 'RFE/RL', authors: ['A. Writer'], publishedAt: '2022-01' });

describe('source summaries', () => {
  it('are filled by the upgrade of a database written by version 1', async () => {
    const name = fresh();
    const v1 = openDatabaseAtVersion(name, 1);
    await v1.table('sources').bulkAdd([source('src_b', 'Beta'), source('src_a', 'Alpha')]);
    v1.close();
    const db = openNotebookDatabase(name);
    expect(await db.sourceSummaries.orderBy('title').toArray()).toEqual([summary('src_a', 'Alpha'), summary('src_b', 'Beta')]);
    db.close();
  });

  it('follow every add, edit, delete and clear of sources, in the same transaction', async () => {
    const db = openNotebookDatabase(fresh());
    await db.sources.bulkAdd([source('src_a', 'Alpha'), source('src_b', 'Beta')]);
    await updateSourceMetadata(db, 'src_a', { title: 'Alpha, renamed', outlet: null, authors: [], publishedAt: null, url: null });
    expect(await db.sourceSummaries.get('src_a')).toEqual({ id: 'src_a', title: 'Alpha, renamed', outlet: null, authors: [], publishedAt: null });
    await db.sources.delete('src_b');
    expect(await db.sourceSummaries.toCollection().primaryKeys()).toEqual(['src_a']);
    await db
      .transaction('rw', db.sources, async () => {
        await db.sources.add(source('src_c', 'Gamma'));
        throw new Error('abort');
      })
      .catch(() => undefined);
    expect(await db.sourceSummaries.count()).toBe(1);
    await db.sources.clear();
    expect(await db.sourceSummaries.count()).toBe(0);
    db.close();
  });

  it('are rebuilt when they do not match the sources', async () => {
    const db = openNotebookDatabase(fresh());
    await db.sources.bulkAdd([source('src_a', 'Alpha'), source('src_b', 'Beta')]);
    await db.sourceSummaries.clear();
    await ensureSourceSummaries(db);
    expect(await db.sourceSummaries.count()).toBe(2);
    db.close();
  });
});
