import { backupFileName, serializeBackup, type Row } from '../../app/backup';
import packageJson from '../../package.json';
import type { NotebookDatabase } from './database';
import { readAllTables } from './backupVersions';

/** The app's version, written into every backup. */
export const APP_VERSION: string = packageJson.version;

export interface BackupFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Table → number of rows written. */
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * The whole notebook as one backup file: every table Dexie reports (tables added by later schema
 * versions included without code here), read in one transaction so the file is consistent.
 */
export async function createBackupFile(db: NotebookDatabase, now = new Date()): Promise<BackupFile> {
  const tables: Record<string, Row[]> = await readAllTables(db);
  const bytes = serializeBackup({ appVersion: APP_VERSION, schemaVersion: db.verno, createdAt: now.toISOString(), tables });
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  return { fileName: backupFileName(now), bytes, counts };
}
