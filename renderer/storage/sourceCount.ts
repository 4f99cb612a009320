import type { DBCoreKeyRange, DBCoreRangeType, DBCoreTable, DBCoreTransaction } from 'dexie';
import type { NotebookDatabase } from './database';

// How many sources the notebook holds, kept in one row of the `counts` table. IndexedDB has no
// stored counts: `count()` walks every record, which with 100,000 sources held the start-up back
// by a tenth of a second (the summaries) to half a second (the sources themselves). The row is
// kept by the summaries middleware (sourceSummaries.ts) in the same transaction as every write to
// `sources`, so it is exact whenever a transaction has committed.

/** A row of the `counts` table: how many records `table` holds. */
export interface TableCount {
  readonly table: string;
  readonly count: number;
  /** When the count was last checked against the records (sourceSummaries.ts). */
  readonly checkedAt?: string;
}

export const COUNTS = 'counts';
const SOURCES = 'sources';
// DBCoreRangeType.Any (an ambient const enum, which isolated modules cannot read).
const EVERY_KEY: DBCoreKeyRange = { type: 3 as DBCoreRangeType, lower: undefined, upper: undefined };

/** The number of sources; counted the slow way only when the row is missing. */
export async function readSourceCount(db: NotebookDatabase): Promise<number> {
  const row = await db.counts.get(SOURCES);
  return row ? row.count : db.sourceSummaries.count();
}

/**
 * Adds `delta` to the stored number of sources inside the core transaction `trans`; when the row
 * is missing (a new notebook), counts the summaries as they now stand instead.
 */
export async function addToSourceCount(
  counts: DBCoreTable,
  summaries: DBCoreTable,
  trans: DBCoreTransaction,
  delta: number,
): Promise<void> {
  const row = (await counts.get({ trans, key: SOURCES })) as TableCount | undefined;
  if (row && delta === 0) return;
  const count = row ? Math.max(0, row.count + delta) : await summaries.count({ trans, query: { index: summaries.schema.primaryKey, range: EVERY_KEY } });
  await counts.mutate({ type: 'put', trans, values: [{ ...row, table: SOURCES, count } satisfies TableCount] });
}
