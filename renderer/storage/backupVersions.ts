import Dexie from 'dexie';
import type { Row, Tables } from '../../app/backup';
import { openNotebookDatabase, type NotebookDatabase } from './database';
import { CURRENT_SCHEMA_VERSION, DERIVED_TABLES, SCHEMA_VERSIONS } from './schema';

/**
 * Opens database `name` declaring only the schema versions up to `version` — the database as
 * that version of Margin knew it. Migration tests write fixtures through it, and restore loads
 * an older backup through it before letting Dexie run the upgrades since.
 */
export function openDatabaseAtVersion(name: string, version: number): NotebookDatabase {
  const versions = SCHEMA_VERSIONS.filter((entry) => entry.version <= version);
  if (versions.at(-1)?.version !== version) throw new Error(`Margin has no schema version ${version}.`);
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as NotebookDatabase;
  for (const { version: number, stores, upgrade } of versions) {
    const declared = db.version(number).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}

/** The tables a backup holds: every table but the derived ones (the search index, rebuilt). */
export function notebookTables(db: Dexie): Dexie['tables'] {
  return db.tables.filter((table) => !DERIVED_TABLES.has(table.name));
}

/** Every table's rows, read in one transaction so they are consistent with each other. */
export async function readAllTables(db: Dexie): Promise<Record<string, Row[]>> {
  if (!db.isOpen()) await db.open();
  const tables = notebookTables(db);
  return db.transaction('r', tables, async () => {
    const entries = await Promise.all(tables.map(async (table) => [table.name, (await table.toArray()) as Row[]] as const));
    return Object.fromEntries(entries);
  });
}

/** The tables of a schema version, as that version declares them (deleted tables left out). */
export function tablesOfVersion(version: number): string[] {
  const tables = new Map<string, boolean>();
  for (const entry of SCHEMA_VERSIONS.filter((candidate) => candidate.version <= version)) {
    for (const [table, definition] of Object.entries(entry.stores)) tables.set(table, definition !== null);
  }
  return [...tables].filter(([, kept]) => kept).map(([table]) => table);
}

/**
 * A backup's tables brought up to the current schema: the rows are written into a scratch
 * database at the backup's version, which is then opened with every version so Dexie runs the
 * same upgrade functions a user's own notebook goes through. The scratch database is deleted
 * afterwards whatever happens; the notebook itself is not touched.
 */
export async function upgradeTables(tables: Tables, fromVersion: number): Promise<Tables> {
  if (fromVersion === CURRENT_SCHEMA_VERSION) return tables;
  const name = `margin-restore-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const old = openDatabaseAtVersion(name, fromVersion);
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows as Row[]);
    });
    old.close();
    const upgraded = openNotebookDatabase(name);
    try {
      return await readAllTables(upgraded);
    } finally {
      upgraded.close();
    }
  } finally {
    old.close();
    await Dexie.delete(name);
  }
}
