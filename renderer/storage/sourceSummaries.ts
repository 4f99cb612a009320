import type { DBCore, Middleware, Transaction } from 'dexie';
import type { Source } from '../../app/model/types';
import type { NotebookDatabase } from './database';

// The sources list reads a projection of each source — id, title, outlet, authors, date — not the
// sources themselves, whose text (5–10 kB each) would make 100,000 of them half a gigabyte on the
// UI thread. The projection is kept by a Dexie middleware in the same transaction as every write
// to `sources`, so it can never disagree with them.

/** What lists and pickers show of a source. */
export type SourceSummary = Pick<Source, 'id' | 'title' | 'outlet' | 'authors' | 'publishedAt'>;

const SOURCES = 'sources';
const SUMMARIES = 'sourceSummaries';

export function summaryOf(source: Source): SourceSummary {
  return { id: source.id, title: source.title, outlet: source.outlet, authors: source.authors, publishedAt: source.publishedAt };
}

/** Keeps `sourceSummaries` in step with every add, put, delete and clear of `sources`. */
export const sourceSummariesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sourceSummaries',
  create(down) {
    const hasSummaries = () => down.schema.tables.some((table) => table.name === SUMMARIES);
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.includes(SOURCES) && !stores.includes(SUMMARIES) && hasSummaries();
        return down.transaction(widen ? [...stores, SUMMARIES] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== SOURCES || !hasSummaries()) return table;
        return {
          ...table,
          async mutate(request) {
            const response = await table.mutate(request);
            // An upgrade from an older version writes before the projection's store exists.
            const stores = (request.trans as unknown as Partial<IDBTransaction>).objectStoreNames;
            if (stores && !stores.contains(SUMMARIES)) return response;
            const summaries = down.table(SUMMARIES);
            if (request.type === 'add' || request.type === 'put') {
              await summaries.mutate({ type: 'put', trans: request.trans, values: (request.values as Source[]).map(summaryOf) });
            } else if (request.type === 'delete') {
              await summaries.mutate({ type: 'delete', trans: request.trans, keys: request.keys });
            } else {
              await summaries.mutate({ type: 'deleteRange', trans: request.trans, range: request.range });
            }
            return response;
          },
        };
      },
    };
  },
};

/** The schema upgrade that adds the projection: one summary per stored source. */
export async function fillSourceSummaries(transaction: Transaction): Promise<void> {
  const summaries: SourceSummary[] = [];
  await transaction
    .table(SOURCES)
    .toCollection()
    .each((source: Source) => void summaries.push(summaryOf(source)));
  await transaction.table(SUMMARIES).bulkPut(summaries);
}

/**
 * Fills the projection when it is missing while sources exist (a database made while the schema
 * was being written, or a projection lost some other way). Cheap when all is well: two counts.
 */
export async function ensureSourceSummaries(db: NotebookDatabase): Promise<void> {
  const [sources, summaries] = await Promise.all([db.sources.count(), db.sourceSummaries.count()]);
  if (sources === summaries) return;
  await db.transaction('rw', db.sources, db.sourceSummaries, async () => {
    await db.sourceSummaries.clear();
    const all: SourceSummary[] = [];
    await db.sources.each((source) => void all.push(summaryOf(source)));
    await db.sourceSummaries.bulkPut(all);
  });
}
