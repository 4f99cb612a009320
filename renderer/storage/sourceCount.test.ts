import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareRestore, replaceNotebook } from './backupRestore';
import { openDatabaseAtVersion } from './backupVersions';
import { openNotebookDatabase } from './database';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { readSourceCount } from './sourceCount';
import { ensureSourceSummaries } from './sourceSummaries';
import { updateSourceMetadata } from './sources';

// The number of sources the list shows is a stored row, kept in the same transaction as every
// write to `sources` (schema version 4): it must always equal what counting the sources would say.

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
const fresh = () => {
  const name = `margin-count-${Date.now()}-${names.length}`;
  names.push(name);
  return name;
};

const source = (id: string, title = `Title ${id}`) => ({
  id, contentKey: `k-${id}`, title, outlet: 'RFE/RL', authors: [], publishedAt: '2022-01', url: null, language: 'en',
  importedAt: '2025-12-01T10:00:00.000Z', origin: { fileName: `${id}.txt`, mediaType: 'text/plain', encoding: 'utf-8', sha256: 'x' },
  text: 'Text.', blocks: [{ start: 0, end: 5, kind: 'body' as const }],
});
const summary = (id: string, title = `Title ${id}`) => ({ id, title, outlet: 'RFE/RL', authors: [], publishedAt: '2022-01' });

describe('the number of sources', () => {
  it('follows adds, edits, deletes and clears, and what counting would say', async () => {
    const db = openNotebookDatabase(fresh());
    const expectCount = async (count: number) => {
      expect(await readSourceCount(db)).toBe(count);
      expect(await db.sources.count()).toBe(count);
    };
    await expectCount(0);
    await db.sources.bulkAdd([source('src_a'), source('src_b'), source('src_c')]);
    await expectCount(3);
    await updateSourceMetadata(db, 'src_a', { title: 'Renamed', outlet: null, authors: [], publishedAt: null, url: null });
    await db.sources.put(source('src_b'));
    await expectCount(3);
    await db.sources.put(source('src_d'));
    await expectCount(4);
    await db.sources.bulkDelete(['src_a', 'src_missing']);
    await expectCount(3);
    await db.sources.where('id').between('src_b', 'src_c', true, true).delete();
    await expectCount(1);
    await db.sources.clear();
    await expectCount(0);
    db.close();
  });

  it('is unchanged by an aborted transaction and by a refused duplicate', async () => {
    const db = openNotebookDatabase(fresh());
    await db.sources.add(source('src_a'));
    await db
      .transaction('rw', db.sources, async () => {
        await db.sources.bulkAdd([source('src_b'), source('src_c')]);
        throw new Error('abort');
      })
      .catch(() => undefined);
    expect(await readSourceCount(db)).toBe(1);
    // Same text under another id: the unique content key refuses it, in a transaction that goes on.
    await db.transaction('rw', db.sources, async () => {
      await db.sources.bulkAdd([{ ...source('src_dup'), contentKey: 'k-src_a' }, source('src_e')]).catch(() => undefined);
    });
    expect(await readSourceCount(db)).toBe(2);
    expect(await db.sourceSummaries.toCollection().primaryKeys()).toEqual(['src_a', 'src_e']);
    db.close();
  });

  it('is right when one transaction writes the same new source twice at once', async () => {
    const db = openNotebookDatabase(fresh());
    await db.transaction('rw', db.sources, () => Promise.all([db.sources.put(source('src_a')), db.sources.put(source('src_a', 'Again')), db.sources.add(source('src_b'))]));
    expect(await readSourceCount(db)).toBe(2);
    db.close();
  });

  it('is filled by the upgrade of a database written by version 3, which also fills missing summaries', async () => {
    const name = fresh();
    const v3 = openDatabaseAtVersion(name, 3);
    await v3.open();
    // As version 3 wrote it: sources with their summaries (and a second notebook without any).
    await v3.table('sources').bulkAdd([source('src_b', 'Beta'), source('src_a', 'Alpha')]);
    await v3.table('sourceSummaries').bulkAdd([summary('src_b', 'Beta'), summary('src_a', 'Alpha')]);
    v3.close();
    const db = openNotebookDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.counts.get('sources')).toEqual({ table: 'sources', count: 2 });
    await db.sources.add(source('src_c', 'Gamma'));
    expect(await readSourceCount(db)).toBe(3);
    db.close();

    const bare = fresh();
    const old = openDatabaseAtVersion(bare, 3);
    await old.table('sources').bulkAdd([source('src_b', 'Beta'), source('src_a', 'Alpha')]);
    old.close();
    const upgraded = openNotebookDatabase(bare);
    expect(await readSourceCount(upgraded)).toBe(2);
    expect(await upgraded.sourceSummaries.orderBy('title').toArray()).toEqual([summary('src_a', 'Alpha'), summary('src_b', 'Beta')]);
    upgraded.close();
  });

  it('is right after a restore replaces the notebook', async () => {
    const db = openNotebookDatabase(fresh());
    await db.sources.bulkAdd([source('src_x'), source('src_y'), source('src_z')]);
    const file = readFileSync(join(import.meta.dirname, 'fixtures/notebook-v3.margin-backup'));
    await replaceNotebook(db, await prepareRestore(db, file));
    expect(await readSourceCount(db)).toBe(5);
    expect(await db.sources.count()).toBe(5);
    db.close();
  });

  it('is repaired by the summaries check, which then waits the interval it is given', async () => {
    const db = openNotebookDatabase(fresh());
    await db.sources.bulkAdd([source('src_a'), source('src_b')]);
    // Written around the middleware (as a tool or an older build might): count and summaries wrong.
    await db.counts.put({ table: 'sources', count: 7 });
    await db.sourceSummaries.delete('src_b');
    const day = 24 * 60 * 60 * 1000;
    const monday = new Date('2026-11-23T09:00:00Z');
    await ensureSourceSummaries(db, day, monday);
    expect(await readSourceCount(db)).toBe(2);
    expect(await db.sourceSummaries.count()).toBe(2);
    await db.counts.put({ ...(await db.counts.get('sources'))!, count: 9 });
    await ensureSourceSummaries(db, day, new Date('2026-11-23T20:00:00Z'));
    expect(await readSourceCount(db)).toBe(9); // checked this morning: not again today
    await ensureSourceSummaries(db, day, new Date('2026-11-24T10:00:00Z'));
    expect(await readSourceCount(db)).toBe(2);
    db.close();
  });
});
