import { backupFileName, BackupWriter, type Row } from '../../app/backup';
import packageJson from '../../package.json';
import type Dexie from 'dexie';
import { notebookTables } from './backupVersions';

/** The app's version, written into every backup. */
export const APP_VERSION: string = packageJson.version;

export interface BackupFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Table → number of rows written. */
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * The whole notebook as one backup file (of `db` as the schema version it is at): every table Dexie reports (tables added by later schema
 * versions included without code here), read in one transaction so the file is consistent. Rows
 * are read with a cursor and written as they come, so the notebook is held once, as the file's
 * bytes, not also as rows (100,000 sources: a 213 MB file).
 */
export async function createBackupFile(db: Dexie, now = new Date()): Promise<BackupFile> {
  if (!db.isOpen()) await db.open();
  const tables = new Map(notebookTables(db).map((table) => [table.name, table]));
  const writer = new BackupWriter({ appVersion: APP_VERSION, schemaVersion: db.verno, createdAt: now.toISOString(), tableNames: [...tables.keys()] });
  const counts: Record<string, number> = {};
  await db.transaction('r', [...tables.values()], async () => {
    for (const name of writer.tableNames) {
      const table = writer.startTable(name);
      let count = 0;
      await tables.get(name)!.each((row: Row) => {
        table.add(row);
        count++;
      });
      table.end();
      counts[name] = count;
    }
  });
  return { fileName: backupFileName(now), bytes: writer.finish(), counts };
}
