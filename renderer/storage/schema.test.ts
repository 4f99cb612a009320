import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { openTestDatabase } from './testDatabase';

describe('schema', () => {
  it('lists versions oldest first, each above the last', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('the current version opens with every table the notebook needs', async () => {
    const db = openTestDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['claims', 'counts', 'entities', 'highlights', 'memoSummaries', 'memos', 'originals', 'searchIndex', 'searchJournal', 'settings', 'sourceSummaries', 'sources', 'tags'].sort(),
    );
    await db.delete();
  });

  it('refuses a second source with the same content key (no duplicate can be stored)', async () => {
    const db = openTestDatabase();
    const source = {
      id: 'src_a', contentKey: 'k', title: 't', outlet: null, authors: [], publishedAt: null, url: null, language: 'en',
      importedAt: '2026-01-01T00:00:00Z', origin: { fileName: 'a.txt', mediaType: 'text/plain', encoding: 'utf-8', sha256: 'x' },
      text: 'x', blocks: [{ start: 0, end: 1, kind: 'body' as const }],
    };
    await db.sources.add(source);
    await expect(db.sources.add({ ...source, id: 'src_b' })).rejects.toBeInstanceOf(Dexie.ConstraintError);
    await db.delete();
  });
});
