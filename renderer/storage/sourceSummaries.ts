import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware, Transaction } from 'dexie';
import type { Source } from '../../app/model/types';
import type { NotebookDatabase } from './database';
import { fillProjection } from './projection';
import { addToSourceCount, COUNTS, type TableCount } from './sourceCount';

// The sources list reads a projection of each source — id, title, outlet, authors, date — not the
// sources themselves, whose text (5–10 kB each) would make 100,000 of them half a gigabyte on the
// UI thread. The projection is kept by a Dexie middleware in the same transaction as every write
// to `sources`, so it can never disagree with them; the same middleware keeps the number of
// sources (sourceCount.ts), which the list needs before its first row.

/** What lists and pickers show of a source. */
export type SourceSummary = Pick<Source, 'id' | 'title' | 'outlet' | 'authors' | 'publishedAt'>;

const SOURCES = 'sources';
const SUMMARIES = 'sourceSummaries';

export function summaryOf(source: Source): SourceSummary {
  return { id: source.id, title: source.title, outlet: source.outlet, authors: source.authors, publishedAt: source.publishedAt };
}

/** Runs `task` after the tasks queued before it in the same transaction: counts are read, then written. */
const queues = new WeakMap<object, Promise<unknown>>();
function inOrder<T>(trans: object, task: () => Promise<T>): Promise<T> {
  const next = (queues.get(trans) ?? Promise.resolve()).then(task);
  queues.set(trans, next.catch(() => undefined));
  return next;
}

/**
 * Keeps `sourceSummaries` and the number of sources (sourceCount.ts) in step with every add, put,
 * delete and clear of `sources`, in the same transaction.
 */
export const sourceSummariesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sourceSummaries',
  create(down) {
    const has = (store: string) => down.schema.tables.some((table) => table.name === store);
    return {
      ...down,
      transaction(stores, mode, options) {
        if (mode !== 'readwrite' || !stores.includes(SOURCES)) return down.transaction(stores, mode, options);
        const missing = [SUMMARIES, COUNTS].filter((store) => !stores.includes(store) && has(store));
        return down.transaction(missing.length ? [...stores, ...missing] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== SOURCES || !has(SUMMARIES)) return table;
        return {
          ...table,
          mutate(request) {
            // An upgrade from an older version writes before the projection's store exists.
            const stores = (request.trans as unknown as Partial<IDBTransaction>).objectStoreNames;
            if (stores && !stores.contains(SUMMARIES)) return table.mutate(request);
            const counted = !stores || stores.contains(COUNTS);
            return inOrder(request.trans, () => mutateWithSummaries(table, down.table(SUMMARIES), counted ? down.table(COUNTS) : null, request));
          },
        };
      },
    };
  },
};

/** One write to `sources`, then the same to the summaries, then the count moved by what changed. */
async function mutateWithSummaries(
  sources: DBCoreTable,
  summaries: DBCoreTable,
  counts: DBCoreTable | null,
  request: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = request;
  const keys = request.type === 'delete' ? request.keys : request.type === 'deleteRange' ? [] : (request.values as Source[]).map((source) => source.id);
  // What existed before the write, to tell a new source from an edited one.
  const existed = new Set<unknown>();
  let removedByRange = 0;
  if (counts) {
    if (request.type === 'deleteRange') {
      removedByRange = await summaries.count({ trans, query: { index: summaries.schema.primaryKey, range: request.range } });
    } else {
      const found = await summaries.getMany({ trans, keys });
      found.forEach((summary, i) => summary !== undefined && existed.add(keys[i]));
    }
  }
  const response = await sources.mutate(request);
  let delta = 0;
  if (request.type === 'add' || request.type === 'put') {
    // A refused add (a duplicate) stores nothing, so it gets no summary either.
    const written = (request.values as Source[]).filter((_, i) => !response.failures[i]);
    await summaries.mutate({ type: 'put', trans, values: written.map(summaryOf) });
    delta = new Set(written.map((source) => source.id).filter((id) => !existed.has(id))).size;
  } else if (request.type === 'delete') {
    await summaries.mutate({ type: 'delete', trans, keys: request.keys });
    delta = -existed.size;
  } else {
    await summaries.mutate({ type: 'deleteRange', trans, range: request.range });
    delta = -removedByRange;
  }
  if (counts) await addToSourceCount(counts, summaries, trans, delta);
  return response;
}

/** The schema upgrade that adds the projection: one summary per stored source. */
export function fillSourceSummaries(transaction: Transaction): Promise<void> {
  return fillProjection(transaction, SOURCES, SUMMARIES, summaryOf);
}

/**
 * The schema upgrade that adds the number of sources (version 4). It checks the summaries once
 * too: a notebook restored from an early build may lack them, and no start-up counts them now.
 */
export async function fillSourceCount(transaction: Transaction): Promise<void> {
  const [sources, summaries] = await Promise.all([transaction.table(SOURCES).count(), transaction.table(SUMMARIES).count()]);
  if (sources !== summaries) {
    await transaction.table(SUMMARIES).clear();
    await fillSourceSummaries(transaction);
  }
  await transaction.table(COUNTS).put({ table: SOURCES, count: sources } satisfies TableCount);
}

/**
 * Repairs the projection and the number of sources when they disagree with the sources (a
 * database written around the middleware, a projection lost some other way). It counts every
 * source — half a second of IndexedDB's time with 100,000 — so the app runs it when idle, and
 * at most once in `unlessCheckedWithinMs`.
 */
export async function ensureSourceSummaries(db: NotebookDatabase, unlessCheckedWithinMs = 0, now = new Date()): Promise<void> {
  const row = await db.counts.get(SOURCES);
  if (row?.checkedAt && now.getTime() - Date.parse(row.checkedAt) < unlessCheckedWithinMs) return;
  await db.transaction('rw', db.sources, db.sourceSummaries, db.counts, async () => {
    const [sources, summaries] = await Promise.all([db.sources.count(), db.sourceSummaries.count()]);
    if (sources !== summaries) {
      await db.sourceSummaries.clear();
      const all: SourceSummary[] = [];
      await db.sources.each((source) => void all.push(summaryOf(source)));
      await db.sourceSummaries.bulkPut(all);
    }
    await db.counts.put({ table: SOURCES, count: sources, checkedAt: now.toISOString() });
  });
}
