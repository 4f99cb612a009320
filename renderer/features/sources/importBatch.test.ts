import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../app/import/limits';
import type { NotebookDatabase } from '../../storage/database';
import { openTestDatabase } from '../../storage/testDatabase';
import {
  describeOutcome,
  entriesFromFiles,
  importBatch,
  summarizeImport,
  type ImportEntry,
} from './importBatch';

const fixtures = join(import.meta.dirname, '../../../e2e/fixtures/import');
const fixture = (fileName: string): ImportEntry => ({
  fileName,
  bytes: new Uint8Array(readFileSync(join(fixtures, fileName))),
});

let db: NotebookDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('importBatch', () => {
  it('imports good files, names duplicates and refusals, and never stops at a bad file', async () => {
    db = openTestDatabase();
    const progress: string[] = [];
    const html = fixture('river-port-reopens.html');
    const lines = await importBatch(
      db,
      [
        fixture('empty.txt'),
        html,
        fixture('photo.txt'),
        { ...html, fileName: 'copy.html' },
        fixture('library-cp1251.txt'),
      ],
      (done, total) => progress.push(`${done}/${total}`),
    );
    expect(progress).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(lines.map((line) => Object.values(describeOutcome(line)).join(' '))).toEqual([
      'Refused: empty.txt is empty: there is no text to import.',
      'Imported as “River port reopens after winter closure”',
      'Refused: photo.txt is a PNG image, not text. Import the article as text, HTML or Markdown.',
      'Duplicate of “River port reopens after winter closure”: already in the notebook, not imported again',
      'Imported as “Библиотека в Уральске открылась после ремонта”',
    ]);
    expect(summarizeImport(lines)).toBe('Imported 2 of 5 files: 1 duplicate, 2 refused.');
    expect(await db.sources.count()).toBe(2);
  });

  it('refuses a file over the limit without reading it', async () => {
    const huge = new File([], 'archive.txt');
    Object.defineProperty(huge, 'size', { value: MAX_IMPORT_BYTES + 1 });
    Object.defineProperty(huge, 'arrayBuffer', { value: () => Promise.reject(new Error('read')) });
    const [entry] = await entriesFromFiles([huge]);
    expect(entry).toMatchObject({ fileName: 'archive.txt', refused: { code: 'too-large' } });
  });
});

describe('summarizeImport', () => {
  const imported = {
    outcome: { fileName: 'a.txt', status: 'imported', sourceId: 'src_1', warnings: [] },
    title: 'A',
  } as const;
  it('says it briefly when everything went in', () => {
    expect(summarizeImport([imported])).toBe('Imported 1 file.');
    expect(summarizeImport([imported, imported])).toBe('Imported 2 files.');
  });
});
