import Dexie, { type EntityTable } from 'dexie';
import type { NotebookDatabase } from './database';
import { createBackupFile } from './backupFile';
import { CURRENT_SCHEMA_VERSION } from './schema';

export type AutomaticBackupReason = 'scheduled' | 'before-upgrade';

/** One automatic backup: a whole backup file, kept in its own database beside the notebook. */
export interface AutomaticBackup {
  readonly id?: number;
  readonly reason: AutomaticBackupReason;
  readonly createdAt: string;
  readonly schemaVersion: number;
  /** The file; a Blob when too large for IndexedDB to store as one value (see {@link storableBytes}). */
  readonly bytes: Uint8Array | Blob;
}

/**
 * Chromium's IndexedDB refuses a value over 127 MiB ("The serialized keys and/or value are too
 * large"): a notebook of 100,000 sources makes a 213 MB backup. A Blob of any size is stored
 * (on disk, in 0.2 s for that one), so a file past this size is kept as one.
 */
export const STORE_AS_BLOB_OVER = 64 * 1024 * 1024;

/** The backup's bytes as they can be stored: a Blob past `blobOver` bytes where Blobs exist. */
export function storableBytes(bytes: Uint8Array, blobOver = STORE_AS_BLOB_OVER): Uint8Array | Blob {
  return bytes.length > blobOver && typeof Blob !== 'undefined' ? new Blob([bytes as Uint8Array<ArrayBuffer>]) : bytes;
}

/** An automatic backup's file, however it was stored. */
export async function automaticBackupBytes(backup: AutomaticBackup): Promise<Uint8Array> {
  return backup.bytes instanceof Uint8Array ? backup.bytes : new Uint8Array(await backup.bytes.arrayBuffer());
}

export type AutomaticBackupStore = Dexie & { backups: EntityTable<AutomaticBackup, 'id'> };

/** Its own database, so a backup never ends up inside the next backup, and wiping one spares the other. */
export const AUTOMATIC_BACKUPS_DATABASE = 'margin-automatic-backups';

/** How many of each kind are kept, newest first (Zotero keeps one 12-hourly plus one per upgrade). */
export const KEEP: Readonly<Record<AutomaticBackupReason, number>> = { scheduled: 2, 'before-upgrade': 3 };

export const BACKUP_INTERVAL_MS = 12 * 60 * 60 * 1000;
const CHECK_EVERY_MS = 10 * 60 * 1000;

export function openAutomaticBackupStore(name = AUTOMATIC_BACKUPS_DATABASE): AutomaticBackupStore {
  const store = new Dexie(name, { chromeTransactionDurability: 'strict' }) as AutomaticBackupStore;
  store.version(1).stores({ backups: '++id, reason, createdAt' });
  return store;
}

/** Stores a backup and drops the oldest of its kind beyond {@link KEEP}, in one transaction. */
export async function saveAutomaticBackup(store: AutomaticBackupStore, backup: AutomaticBackup): Promise<void> {
  await store.transaction('rw', store.backups, async () => {
    await store.backups.add(backup);
    const kind = await store.backups.where('reason').equals(backup.reason).sortBy('createdAt');
    const surplus = kind.slice(0, Math.max(0, kind.length - KEEP[backup.reason]));
    await store.backups.bulkDelete(surplus.map((old) => old.id!));
  });
}

/** Every automatic backup, newest first. */
export async function listAutomaticBackups(store: AutomaticBackupStore): Promise<AutomaticBackup[]> {
  return (await store.backups.orderBy('createdAt').toArray()).reverse();
}

export interface AutomaticBackupOptions {
  /** Told of a failed backup (a full disk); the app carries on. */
  readonly onError?: (error: unknown) => void;
  /**
   * Writes a scheduled backup of the notebook as of `now` into the store. The app passes one that
   * does it all in a worker (backupOffThread.ts); by default it is done here.
   */
  readonly backUp?: (now: Date) => Promise<void>;
}

/**
 * Backs the notebook up now when the last scheduled backup is {@link BACKUP_INTERVAL_MS} old
 * (or there is none), then checks again every few minutes while the app is open. Returns a
 * function that stops it. A failed backup (a full disk) is reported, never thrown at the app.
 */
export function startAutomaticBackups(db: NotebookDatabase, store: AutomaticBackupStore, options: AutomaticBackupOptions = {}): () => void {
  const { onError = (error: unknown) => console.warn('Automatic backup failed:', error), backUp = (now: Date) => storeScheduledBackup(db, store, now) } = options;
  let running = false;
  const runIfDue = async () => {
    if (running) return;
    running = true;
    try {
      const last = await store.backups.where('reason').equals('scheduled').sortBy('createdAt');
      const lastAt = last.length ? Date.parse(last.at(-1)!.createdAt) : Number.NEGATIVE_INFINITY;
      if (Date.now() - lastAt < BACKUP_INTERVAL_MS) return;
      await backUp(new Date());
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  void runIfDue();
  const timer = setInterval(() => void runIfDue(), CHECK_EVERY_MS);
  return () => clearInterval(timer);
}

/** Writes database `db` as of `now` into `store` as an automatic backup of the kind `reason`. */
async function keepBackup(db: Dexie, store: AutomaticBackupStore, reason: AutomaticBackupReason, now: Date): Promise<void> {
  const file = await createBackupFile(db, now);
  await saveAutomaticBackup(store, { reason, createdAt: now.toISOString(), schemaVersion: db.verno, bytes: storableBytes(file.bytes) });
}

/** Writes the notebook as of `now` as a scheduled backup into `store`. */
export function storeScheduledBackup(db: NotebookDatabase, store: AutomaticBackupStore, now: Date): Promise<void> {
  return keepBackup(db, store, 'scheduled', now);
}

/**
 * The notebook was written by a newer Margin (a schema version this one does not know). Dexie 4
 * would open it anyway and this older code would write records without the newer fields, so the
 * app stops before opening it.
 */
export class NewerNotebookError extends Error {
  override readonly name = 'NewerNotebookError';
  constructor(readonly found: number) {
    super(`The notebook was written by a newer version of Margin (schema ${found}; this version knows up to ${CURRENT_SCHEMA_VERSION}).`);
  }
}

/**
 * Before Margin opens the notebook with a newer schema, keeps a backup of it as the older
 * version wrote it. Opens the database without declaring versions (Dexie's dynamic mode), so
 * nothing is upgraded here. Returns the version found, or null when there is no notebook yet.
 *
 * @throws NewerNotebookError when the notebook's schema is newer than this app's
 */
export async function backUpBeforeUpgrade(name: string, store: AutomaticBackupStore): Promise<number | null> {
  if (!(await Dexie.exists(name))) return null;
  const probe = new Dexie(name);
  try {
    await probe.open();
    const version = probe.verno;
    if (version > CURRENT_SCHEMA_VERSION) throw new NewerNotebookError(version);
    if (version < CURRENT_SCHEMA_VERSION) await keepBackup(probe, store, 'before-upgrade', new Date());
    return version;
  } finally {
    probe.close();
  }
}
