import type { Transaction } from 'dexie';

/**
 * A schema upgrade's filling of a projection table (the summaries lists read instead of whole
 * records): every record of `from`, projected, put into `to` — in the upgrade's transaction.
 */
export async function fillProjection<Record, Projected>(
  transaction: Transaction,
  from: string,
  to: string,
  project: (record: Record) => Projected,
): Promise<void> {
  const projected: Projected[] = [];
  await transaction
    .table(from)
    .toCollection()
    .each((record: Record) => void projected.push(project(record)));
  await transaction.table(to).bulkPut(projected);
}
