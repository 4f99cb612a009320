import type { DBCore, DBCoreMutateRequest, Middleware, Transaction } from 'dexie';
import type { Memo } from '../../app/model/types';
import type { NotebookDatabase } from './database';
import { fillProjection } from './projection';

// The memo list and pickers read a projection of each memo — everything but its content — not
// the memos, whose content (a long memo's editor state is half a megabyte of nested objects) would
// be read back and copied on the UI thread after every save. The projection is kept by a Dexie
// middleware in the same transaction as every write to `memos`, so it can never disagree with them.

/** What lists and pickers show of a memo. */
export type MemoSummary = Omit<Memo, 'content'>;

const MEMOS = 'memos';
const SUMMARIES = 'memoSummaries';

export function memoSummaryOf(memo: Memo): MemoSummary {
  return { id: memo.id, title: memo.title, createdAt: memo.createdAt, updatedAt: memo.updatedAt };
}

/** Keeps `memoSummaries` in step with every add, put, delete and clear of `memos`, in the same transaction. */
export const memoSummariesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'memoSummaries',
  create(down) {
    const hasSummaries = () => down.schema.tables.some((table) => table.name === SUMMARIES);
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.includes(MEMOS) && !stores.includes(SUMMARIES) && hasSummaries();
        return down.transaction(widen ? [...stores, SUMMARIES] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== MEMOS || !hasSummaries()) return table;
        return {
          ...table,
          async mutate(request) {
            // An upgrade from an older version writes before the projection's store exists.
            const stores = (request.trans as unknown as Partial<IDBTransaction>).objectStoreNames;
            if (stores && !stores.contains(SUMMARIES)) return table.mutate(request);
            if (request.type === 'add') {
              // Only what was added gets a summary: a refused add (a duplicate) must be known first.
              const response = await table.mutate(request);
              await down.table(SUMMARIES).mutate(summaryWrite(request, response.failures));
              return response;
            }
            // Both requests at once: a save made as the page closes has the fewest round trips to
            // finish in (a put that fails aborts the transaction, the summary's write with it).
            const [response] = await Promise.all([table.mutate(request), down.table(SUMMARIES).mutate(summaryWrite(request, {}))]);
            return response;
          },
        };
      },
    };
  },
};

/** The write to the summaries that mirrors `request` (a refused add stores no summary either). */
function summaryWrite(request: DBCoreMutateRequest, failures: Readonly<Record<number, unknown>>): DBCoreMutateRequest {
  const { trans } = request;
  if (request.type === 'delete') return { type: 'delete', trans, keys: request.keys };
  if (request.type === 'deleteRange') return { type: 'deleteRange', trans, range: request.range };
  const written = (request.values as Memo[]).filter((_, i) => !failures[i]);
  return { type: 'put', trans, values: written.map(memoSummaryOf) };
}

/** The schema upgrade that adds the projection (version 5): one summary per stored memo. */
export function fillMemoSummaries(transaction: Transaction): Promise<void> {
  return fillProjection(transaction, MEMOS, SUMMARIES, memoSummaryOf);
}

/**
 * Repairs the projection when it disagrees with the memos in number (a database written around
 * the middleware). Counting both is cheap; the memos are read only when they disagree.
 */
export async function ensureMemoSummaries(db: NotebookDatabase): Promise<void> {
  await db.transaction('rw', db.memos, db.memoSummaries, async () => {
    if ((await db.memos.count()) === (await db.memoSummaries.count())) return;
    await db.memoSummaries.clear();
    await db.memoSummaries.bulkPut((await db.memos.toArray()).map(memoSummaryOf));
  });
}
