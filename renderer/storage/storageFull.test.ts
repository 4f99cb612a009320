import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addClaimFromPassage } from './claims';
import type { NotebookDatabase } from './database';
import { importSources } from './importSources';
import { isQuotaExceeded, StorageFullError } from './storageFull';
import { openTestDatabase } from './testDatabase';

let db: NotebookDatabase;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

/** What Dexie hands back when IndexedDB aborts a transaction for lack of space. */
function wrappedQuotaError(): Error {
  const inner = Object.assign(new Error('QuotaExceededError: The quota has been exceeded.'), { name: 'QuotaExceededError' });
  return new Dexie.AbortError('Transaction aborted', inner);
}

const article = (name: string, text: string) => ({ fileName: name, bytes: new TextEncoder().encode(text) });

describe('a full disk', () => {
  it('is recognised bare, as Dexie’s error, or wrapped in an abort', () => {
    expect(isQuotaExceeded(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaExceeded(wrappedQuotaError())).toBe(true);
    expect(isQuotaExceeded(new Dexie.ConstraintError('dup'))).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
  });

  it('stops an import with a clear message and leaves no source without its original', async () => {
    db = openTestDatabase();
    await importSources(db, [article('first.txt', 'First article.\n\nIt has two paragraphs.')]);
    vi.spyOn(db.originals, 'add').mockRejectedValue(wrappedQuotaError());
    const failure = importSources(db, [article('second.txt', 'Second article.\n\nAlso two paragraphs.')]);
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure).rejects.toThrow(/disk is full: “second\.txt” could not be saved, and nothing of it was stored/);
    expect(await db.sources.count()).toBe(1);
    expect(await db.originals.count()).toBe(1);
  });

  it('saves a claim whole or not at all', async () => {
    db = openTestDatabase();
    await importSources(db, [article('a.txt', 'More than 160 people were killed.\n\nOfficials said so.')]);
    const source = (await db.sources.toArray())[0]!;
    vi.spyOn(db.claims, 'add').mockRejectedValue(wrappedQuotaError());
    await expect(addClaimFromPassage(db, source, 0, 10, { statement: 'Toll', attribution: '', tagNames: ['toll'], status: 'unverified' })).rejects.toThrow(
      /disk is full: the claim could not be saved/,
    );
    expect(await db.highlights.count()).toBe(0);
    expect(await db.tags.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
  });
});
