import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { NotebookDatabase } from './database';
import { importSources } from './importSources';
import { seedCorpusOnce } from './seedCorpus';
import { openTestDatabase } from './testDatabase';

const corpusDir = join(import.meta.dirname, '../../corpus');
const corpus = readdirSync(corpusDir)
  .sort()
  .map((fileName) => ({ fileName, bytes: new Uint8Array(readFileSync(join(corpusDir, fileName))) }));

let db: NotebookDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('seedCorpusOnce', () => {
  it('imports the bundled corpus on first run, with raw bytes kept', async () => {
    db = openTestDatabase();
    await seedCorpusOnce(db, corpus);
    expect(await db.sources.count()).toBe(5);
    const originals = await db.originals.toArray();
    expect(originals.map((o) => o.bytes.length).sort()).toEqual(corpus.map((f) => f.bytes.length).sort());
  });

  it('does not import again on the next start, even if the user deleted a sample', async () => {
    db = openTestDatabase();
    await seedCorpusOnce(db, corpus);
    const first = await db.sources.toCollection().first();
    await db.sources.delete(first!.id);
    await seedCorpusOnce(db, corpus);
    expect(await db.sources.count()).toBe(4);
  });
});

describe('importSources', () => {
  it('reports duplicates and refusals per file and keeps going', async () => {
    db = openTestDatabase();
    const crlfCopy = new TextEncoder().encode(new TextDecoder().decode(corpus[0]!.bytes).replace(/\n/g, '\r\n'));
    const outcomes = await importSources(db, [
      corpus[0]!,
      { fileName: 'empty.txt', bytes: new Uint8Array() },
      { fileName: 'copy-with-crlf.txt', bytes: crlfCopy },
      corpus[1]!,
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'refused', 'duplicate', 'imported']);
    expect(await db.sources.count()).toBe(2);
    expect(await db.originals.count()).toBe(2);
  });

  it('reports progress after every file', async () => {
    db = openTestDatabase();
    const seen: string[] = [];
    await importSources(db, corpus.slice(0, 3), (done, total) => seen.push(`${done}/${total}`));
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });
});
