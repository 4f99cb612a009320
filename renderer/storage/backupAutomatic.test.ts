import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../app/backup';
import Dexie from 'dexie';
import {
  automaticBackupBytes,
  BACKUP_INTERVAL_MS,
  NewerNotebookError,
  storableBytes,
  backUpBeforeUpgrade,
  KEEP,
  listAutomaticBackups,
  openAutomaticBackupStore,
  saveAutomaticBackup,
  startAutomaticBackups,
  type AutomaticBackupStore,
} from './backupAutomatic';
import { openDatabaseAtVersion } from './backupVersions';
import type { NotebookDatabase } from './database';
import { createMemo } from './memos';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { openTestDatabase } from './testDatabase';

let db: NotebookDatabase;
let store: AutomaticBackupStore;
let counter = 0;
beforeEach(() => {
  db = openTestDatabase();
  store = openAutomaticBackupStore(`margin-auto-test-${++counter}`);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
  await store.delete();
});

/** Lets Dexie's (real, setImmediate-driven) work finish between fake-timer steps. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('automatic backups', () => {
  it('backs up at start, again every 12 hours while open, and keeps only the newest', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-22T08:00:00Z'));
    await createMemo(db, 'Toll');
    const stop = startAutomaticBackups(db, store);
    await vi.waitFor(async () => expect(await store.backups.count()).toBe(1));

    // Nothing new before 12 hours have passed.
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS - 20 * 60 * 1000);
    await settle();
    expect(await store.backups.count()).toBe(1);

    for (let day = 0; day < 3; day++) {
      await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS);
      await settle();
    }
    const kept = await listAutomaticBackups(store);
    expect(kept).toHaveLength(KEEP.scheduled);
    expect(kept.every((backup) => backup.reason === 'scheduled')).toBe(true);
    expect(Date.parse(kept[0]!.createdAt)).toBeGreaterThan(Date.parse('2026-11-23T20:00:00Z'));
    // Each one is a whole backup file holding the notebook.
    expect(parseBackup(await automaticBackupBytes(kept[0]!)).tables.memos).toHaveLength(1);
    stop();
  });

  it('does not back up again at start when the last one is recent', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-22T08:00:00Z'));
    await saveAutomaticBackup(store, { reason: 'scheduled', createdAt: '2026-11-22T07:00:00.000Z', schemaVersion: 1, bytes: new Uint8Array() });
    const stop = startAutomaticBackups(db, store);
    await settle();
    expect(await store.backups.count()).toBe(1);
    stop();
  });

  it('keeps a file too large for one IndexedDB value as a Blob, and gives back the same bytes', async () => {
    const file = new TextEncoder().encode('{"format":"margin-backup"}'.padEnd(4_096, ' '));
    expect(storableBytes(file)).toBe(file); // far below the limit: stored as bytes
    const large = storableBytes(file, 1_024);
    expect(large).toBeInstanceOf(Blob);
    await saveAutomaticBackup(store, { reason: 'scheduled', createdAt: '2026-11-22T07:00:00.000Z', schemaVersion: 1, bytes: large });
    const [kept] = await listAutomaticBackups(store);
    expect(await automaticBackupBytes(kept!)).toEqual(file);
  });

  it('rotates each kind separately', async () => {
    for (let i = 0; i < 6; i++) {
      const createdAt = new Date(Date.UTC(2026, 0, i + 1)).toISOString();
      await saveAutomaticBackup(store, { reason: 'before-upgrade', createdAt, schemaVersion: 1, bytes: new Uint8Array() });
      await saveAutomaticBackup(store, { reason: 'scheduled', createdAt, schemaVersion: 1, bytes: new Uint8Array() });
    }
    const kept = await listAutomaticBackups(store);
    expect(kept.filter((b) => b.reason === 'before-upgrade').map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-01-06', '2026-01-05', '2026-01-04']);
    expect(kept.filter((b) => b.reason === 'scheduled')).toHaveLength(KEEP.scheduled);
  });

  it('keeps a copy of a notebook written by an older schema before it is upgraded', async () => {
    expect(await backUpBeforeUpgrade(`margin-never-created-${counter}`, store)).toBeNull();
    // The current version: nothing to upgrade, nothing kept.
    await createMemo(db, 'Toll');
    db.close();
    expect(await backUpBeforeUpgrade(db.name, store)).toBe(CURRENT_SCHEMA_VERSION);
    expect(await store.backups.count()).toBe(0);

    const first = SCHEMA_VERSIONS[0]!.version;
    const old = openDatabaseAtVersion(`margin-old-${counter}`, first);
    await old.memos.add({ id: 'memo_old', title: 'Before the upgrade', content: { root: { type: 'root', children: [] } }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
    old.close();
    expect(await backUpBeforeUpgrade(old.name, store)).toBe(first);
    if (first < CURRENT_SCHEMA_VERSION) {
      const [kept] = await listAutomaticBackups(store);
      expect(kept!.reason).toBe('before-upgrade');
      expect(parseBackup(await automaticBackupBytes(kept!))).toMatchObject({ schemaVersion: first, tables: { memos: [{ id: 'memo_old' }] } });
    }
    await old.delete();
  });

  it('stops before opening a notebook written by a newer Margin, and changes nothing', async () => {
    const name = `margin-future-${counter}`;
    const future = new Dexie(name);
    future.version(CURRENT_SCHEMA_VERSION + 5).stores({ sources: 'id', fromTheFuture: 'id' });
    await future.table('sources').add({ id: 'src_future' });
    future.close();
    await expect(backUpBeforeUpgrade(name, store)).rejects.toBeInstanceOf(NewerNotebookError);
    const probe = new Dexie(name);
    await probe.open();
    expect(probe.verno).toBe(CURRENT_SCHEMA_VERSION + 5);
    expect(await probe.table('sources').count()).toBe(1);
    probe.close();
    await Dexie.delete(name);
  });
});
