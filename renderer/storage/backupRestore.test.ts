import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupError, parseBackup } from '../../app/backup';
import { createBackupFile } from './backupFile';
import { isNotebookEmpty, mergeIntoNotebook, prepareRestore, replaceNotebook, RestoreError } from './backupRestore';
import { validateTables } from './backupValidate';
import { readAllTables } from './backupVersions';
import { addClaimFromPassage } from './claims';
import type { NotebookDatabase } from './database';
import { addHighlight } from './highlights';
import { createMemo, saveMemo } from './memos';
import { onNotebookRestored } from './notebookRestored';
import { seedCorpusOnce } from './seedCorpus';
import { openTestDatabase } from './testDatabase';

const corpusDir = join(import.meta.dirname, '../../corpus');
const corpus = readdirSync(corpusDir)
  .sort()
  .map((fileName) => ({ fileName, bytes: new Uint8Array(readFileSync(join(corpusDir, fileName))) }));

const opened: NotebookDatabase[] = [];
function notebook(): NotebookDatabase {
  const db = openTestDatabase();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
  vi.restoreAllMocks();
});

/** A notebook with the corpus, a highlight, a claim with a new tag, and a memo citing it. */
async function workedNotebook(): Promise<NotebookDatabase> {
  const db = notebook();
  await seedCorpusOnce(db, corpus);
  const source = (await db.sources.orderBy('title').first())!;
  await addHighlight(db, source, 0, 20);
  const claim = await addClaimFromPassage(db, source, 30, 60, { statement: 'A claim', attribution: 'RFE/RL', tagNames: ['death toll'], status: 'disputed' });
  const memo = await createMemo(db, 'Toll');
  const highlightId = claim.evidence[0]!.highlightId;
  await saveMemo(db, {
    ...memo,
    content: {
      root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'citation', highlightId, claimId: claim.id }] }] },
    },
  });
  return db;
}

async function counts(db: NotebookDatabase): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const)));
}

describe('backup and restore', () => {
  it('backup → wipe → restore gives identical data, and backing up again gives identical tables', async () => {
    const db = await workedNotebook();
    const before = await readAllTables(db);
    const first = await createBackupFile(db);
    await db.delete();

    const fresh = notebook();
    expect(await isNotebookEmpty(fresh)).toBe(true);
    const started = performance.now();
    const prepared = await prepareRestore(fresh, first.bytes);
    await replaceNotebook(fresh, prepared);
    const elapsed = performance.now() - started;
    console.info(`restore of the corpus notebook (${first.bytes.length} bytes): ${elapsed.toFixed(0)} ms`);

    // Restore writes records through the parsers, which fill fields a record lacks with defaults.
    const primaryKeys = Object.fromEntries(fresh.tables.map((table) => [table.name, String(table.schema.primKey.keyPath)]));
    expect(await readAllTables(fresh)).toEqual(validateTables(before, primaryKeys));
    const second = await createBackupFile(fresh);
    await fresh.delete();

    const third = notebook();
    await replaceNotebook(third, await prepareRestore(third, second.bytes));
    const again = await createBackupFile(third);
    expect(parseBackup(again.bytes).checksums).toEqual(parseBackup(second.bytes).checksums);
    expect(parseBackup(again.bytes).tables).toEqual(parseBackup(second.bytes).tables);
  });

  it('a replace and a merge say they happened, once each, after their writes are stored', async () => {
    const db = await workedNotebook();
    const file = await createBackupFile(db);
    const memos: number[] = [];
    const stop = onNotebookRestored(() => void db.memos.count().then((count) => memos.push(count)));
    await replaceNotebook(db, await prepareRestore(db, file.bytes));
    await mergeIntoNotebook(db, await prepareRestore(db, file.bytes));
    stop();
    await replaceNotebook(db, await prepareRestore(db, file.bytes));
    await vi.waitFor(() => expect(memos).toEqual([1, 1]));
    await db.delete();
  });

  it('the records the app writes already need no defaults (restore changes nothing)', async () => {
    const db = await workedNotebook();
    const before = await readAllTables(db);
    const primaryKeys = Object.fromEntries(db.tables.map((table) => [table.name, String(table.schema.primKey.keyPath)]));
    const claimsOnly = (tables: Record<string, unknown[]>) => ({ ...tables, claims: [] });
    // Claims are being extended by another change (figures, history); every other table must match exactly.
    expect(claimsOnly(validateTables(before, primaryKeys))).toEqual(claimsOnly(before));
  });

  it('refuses a damaged or foreign file and changes nothing', async () => {
    const db = await workedNotebook();
    const file = await createBackupFile(db);
    const before = await readAllTables(db);
    const text = new TextDecoder().decode(file.bytes);
    const damaged = text.replace('A claim', 'A claim!');
    await expect(prepareRestore(db, damaged)).rejects.toMatchObject({ code: 'damaged' });
    await expect(prepareRestore(db, file.bytes.slice(0, file.bytes.length / 2))).rejects.toMatchObject({ code: 'truncated' });
    await expect(prepareRestore(db, corpus[0]!.bytes)).rejects.toBeInstanceOf(BackupError);
    expect(await readAllTables(db)).toEqual(before);
  });

  it('refuses a file that is intact but holds an unusable record, naming it', async () => {
    const db = notebook();
    const { serializeBackup } = await import('../../app/backup');
    const bad = serializeBackup({ appVersion: '0', schemaVersion: 1, tables: { claims: [{ id: 'clm_1', statement: 'x', status: 'maybe', updatedAt: '2026-01-01' }] } });
    await expect(prepareRestore(db, bad)).rejects.toThrow(RestoreError);
    await expect(prepareRestore(db, bad)).rejects.toThrow(/claims record 1.*status/);
    const foreignTable = serializeBackup({ appVersion: '0', schemaVersion: 1, tables: { passwords: [] } });
    await expect(prepareRestore(db, foreignTable)).rejects.toThrow(/passwords/);
  });

  it('merges into a notebook that has the same corpus under other ids, linking to the local sources', async () => {
    const there = await workedNotebook();
    const file = await createBackupFile(there);
    const here = notebook();
    await seedCorpusOnce(here, corpus);
    await createMemo(here, 'Local memo');

    const report = await mergeIntoNotebook(here, await prepareRestore(here, file.bytes));
    expect(report.counts.sources).toEqual({ added: 0, updated: 0, unchanged: 5 });
    expect(report.counts.highlights!.added).toBe(2);
    expect(report.counts.claims!.added).toBe(1);
    expect(report.counts.memos!.added).toBe(1);
    expect(await here.sources.count()).toBe(5);
    expect(await here.memos.count()).toBe(2);
    const sourceIds = new Set((await here.sources.toArray()).map((s) => s.id));
    for (const highlight of await here.highlights.toArray()) expect(sourceIds).toContain(highlight.sourceId);
    const originals = await here.originals.toArray();
    expect(originals.map((o) => o.sourceId).sort()).toEqual([...sourceIds].sort());
  });

  it('merge keeps the newer of two copies of a record', async () => {
    const db = await workedNotebook();
    const memo = (await db.memos.toArray())[0]!;
    const file = await createBackupFile(db);
    await db.memos.update(memo.id, { title: 'Edited after the backup', updatedAt: new Date(Date.now() + 1000).toISOString() });
    const report = await mergeIntoNotebook(db, await prepareRestore(db, file.bytes));
    expect(report.counts.memos).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await db.memos.get(memo.id))!.title).toBe('Edited after the backup');

    await db.memos.update(memo.id, { title: 'Older', updatedAt: '2000-01-01T00:00:00.000Z' });
    const again = await mergeIntoNotebook(db, await prepareRestore(db, file.bytes));
    expect(again.counts.memos).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await db.memos.get(memo.id))!.title).toBe('Toll');
  });

  it('replace into a non-empty notebook leaves exactly the backup (plus local settings it lacks)', async () => {
    const there = await workedNotebook();
    const file = await createBackupFile(there);
    const here = notebook();
    await seedCorpusOnce(here, corpus);
    await createMemo(here, 'Lost on replace');
    await replaceNotebook(here, await prepareRestore(here, file.bytes));
    const primaryKeys = Object.fromEntries(here.tables.map((table) => [table.name, String(table.schema.primKey.keyPath)]));
    expect(await readAllTables(here)).toEqual(validateTables(await readAllTables(there), primaryKeys));
  });

  it('a full disk mid-restore leaves the notebook as it was', async () => {
    const there = await workedNotebook();
    const file = await createBackupFile(there);
    const here = notebook();
    await seedCorpusOnce(here, corpus);
    const before = await readAllTables(here);
    const prepared = await prepareRestore(here, file.bytes);
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(here.table('memos'), 'bulkPut').mockRejectedValue(quota);
    await expect(replaceNotebook(here, prepared)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await readAllTables(here)).toEqual(before);
    expect(await counts(here)).toMatchObject({ sources: 5, originals: 5 });
  });
});
