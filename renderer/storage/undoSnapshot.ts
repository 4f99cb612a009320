import type { NotebookDatabase } from './database';

/** The tables a destructive claims or codebook action touches. */
export type UndoTable = 'claims' | 'tags' | 'entities' | 'highlights';

/**
 * How to take back a destructive action (delete a claim or a tag, merge two claims, tags or
 * entities): the rows as they were before it, to write back, and the ids of rows it created, to
 * remove. Taken in the action's own transaction, so it is exactly what the action changed.
 */
export interface UndoSnapshot {
  /** What was done, for the toast: "Claim deleted". */
  readonly label: string;
  readonly put: Partial<Record<UndoTable, readonly object[]>>;
  readonly remove: Partial<Record<UndoTable, readonly string[]>>;
}

/**
 * The rows with these ids as they are now (missing ones skipped): call inside the action's
 * transaction, before it writes.
 */
export async function rowsBefore(
  db: NotebookDatabase,
  ids: Partial<Record<UndoTable, readonly string[]>>,
): Promise<Partial<Record<UndoTable, object[]>>> {
  const before: Partial<Record<UndoTable, object[]>> = {};
  for (const [table, list] of Object.entries(ids) as [UndoTable, readonly string[]][]) {
    if (list.length === 0) continue;
    const rows = await db.table<object, string>(table).bulkGet([...new Set(list)]);
    before[table] = rows.filter((row): row is object => row !== undefined);
  }
  return before;
}

/** Takes an action back in one transaction: created rows removed, earlier rows written back. */
export async function applyUndo(db: NotebookDatabase, snapshot: UndoSnapshot): Promise<void> {
  const tables = [
    ...new Set([...Object.keys(snapshot.put), ...Object.keys(snapshot.remove)]),
  ] as UndoTable[];
  await db.transaction(
    'rw',
    tables.map((name) => db.table(name)),
    async () => {
      for (const table of tables) {
        const remove = snapshot.remove[table] ?? [];
        if (remove.length) await db.table(table).bulkDelete([...remove]);
      }
      for (const table of tables) {
        const put = snapshot.put[table] ?? [];
        if (put.length) await db.table(table).bulkPut([...put]);
      }
    },
  );
}
