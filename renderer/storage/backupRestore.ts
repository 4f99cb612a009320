import { parseBackup, planMerge, type Backup, type MergeCounts, type MergeSpec, type Row } from '../../app/backup';
import type { NotebookDatabase } from './database';
import { RestoreError, validateTables } from './backupValidate';
import { notebookTables, readAllTables, tablesOfVersion, upgradeTables } from './backupVersions';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { announceNotebookRestored } from './notebookRestored';

/** A backup read, verified, upgraded and validated: ready to write, nothing written yet. */
export interface PreparedRestore {
  readonly createdAt: string;
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly tables: Readonly<Record<string, readonly Row[]>>;
}

export interface RestoreReport {
  readonly mode: 'replace' | 'merge';
  readonly counts: Readonly<Record<string, MergeCounts>>;
}

// Fields that hold ids of other records: a merge that matches a record under another id (the
// same article imported on both machines) rewrites them. `sourceId` anywhere means a source.
const REFERENCES: MergeSpec['references'] = [
  { table: '*', field: 'sourceId', target: 'sources' },
  { table: 'claims', field: 'tags', target: 'tags' },
  { table: 'tags', field: 'parentId', target: 'tags' },
];

/**
 * Everything short of writing: parse and verify the file (BackupError), bring it to the current
 * schema through the real upgrade functions, and check every row (RestoreError). The notebook is
 * only read, so a refused file changes nothing.
 */
export async function prepareRestore(db: NotebookDatabase, file: Uint8Array | string): Promise<PreparedRestore> {
  const backup: Backup = parseBackup(file, { maxSchemaVersion: CURRENT_SCHEMA_VERSION });
  if (!SCHEMA_VERSIONS.some((entry) => entry.version === backup.schemaVersion)) {
    throw new RestoreError(`The backup names a notebook schema (${backup.schemaVersion}) that Margin never had. Nothing was restored.`);
  }
  const known = new Set(tablesOfVersion(backup.schemaVersion));
  const unknown = Object.keys(backup.tables).filter((table) => !known.has(table));
  if (unknown.length) throw new RestoreError(`The backup holds tables its schema does not have (${unknown.join(', ')}). Nothing was restored.`);
  const upgraded = await upgradeTables(backup.tables, backup.schemaVersion);
  if (!db.isOpen()) await db.open();
  const primaryKeys = Object.fromEntries(db.tables.map((table) => [table.name, String(table.schema.primKey.keyPath)]));
  return {
    createdAt: backup.createdAt,
    appVersion: backup.appVersion,
    schemaVersion: backup.schemaVersion,
    tables: validateTables(upgraded, primaryKeys),
  };
}

/** True when the notebook holds no records (settings such as first-run flags do not count). */
export async function isNotebookEmpty(db: NotebookDatabase): Promise<boolean> {
  if (!db.isOpen()) await db.open();
  const counts = await Promise.all(notebookTables(db).filter((table) => table.name !== 'settings').map((table) => table.count()));
  return counts.every((count) => count === 0);
}

/**
 * Makes the notebook exactly the backup, in one transaction over every table: all of it or, on
 * any failure (a full disk included), none of it. Settings the backup lacks are kept, so a
 * first-run flag never makes the bundled corpus come back.
 */
export async function replaceNotebook(db: NotebookDatabase, prepared: PreparedRestore): Promise<RestoreReport> {
  const counts: Record<string, MergeCounts> = {};
  await db.transaction('rw', notebookTables(db), async () => {
    for (const table of notebookTables(db)) {
      const rows = prepared.tables[table.name] ?? [];
      if (table.name !== 'settings') await table.clear();
      await table.bulkPut(rows as Row[]);
      counts[table.name] = { added: rows.length, updated: 0, unchanged: 0 };
    }
  });
  announceNotebookRestored();
  return { mode: 'replace', counts };
}

/**
 * Merges the backup into the notebook by id, in one transaction: new records are added, a record
 * in both is overwritten only when the backup's copy was updated later, and records matched by a
 * unique field (same article text, same tag name) are linked to the local copy.
 */
export async function mergeIntoNotebook(db: NotebookDatabase, prepared: PreparedRestore): Promise<RestoreReport> {
  const report = await db.transaction('rw', notebookTables(db), async () => {
    const local = await readAllTables(db);
    const spec: MergeSpec = {
      tables: Object.fromEntries(
        notebookTables(db).map((table) => [
          table.name,
          {
            primaryKey: String(table.schema.primKey.keyPath),
            uniqueFields: table.schema.indexes.filter((index) => index.unique && typeof index.keyPath === 'string').map((index) => index.keyPath as string),
          },
        ]),
      ),
      references: REFERENCES,
    };
    const plan = planMerge(local, prepared.tables, spec);
    for (const [table, rows] of Object.entries(plan.puts)) if (rows.length) await db.table(table).bulkPut(rows as Row[]);
    return { mode: 'merge' as const, counts: plan.counts };
  });
  announceNotebookRestored();
  return report;
}

export { RestoreError };

/** Table → number of records, for telling the analyst what a notebook holds. */
export async function countRecords(db: NotebookDatabase): Promise<Record<string, number>> {
  if (!db.isOpen()) await db.open();
  return Object.fromEntries(await Promise.all(notebookTables(db).map(async (table) => [table.name, await table.count()] as const)));
}
