import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

// Every write to a searchable table adds a line to the search journal — in the same transaction,
// so a record and its journal line are stored together or not at all. The search worker reads the
// journal to update its index incrementally, whoever wrote (an import, an edit, a restore, a
// feature added later): no write function has to remember to tell search.

/** A journal line: this record changed (added, edited or deleted). `key` '*' means "all of them". */
export interface SearchJournalEntry {
  readonly seq?: number;
  readonly table: SearchedTable;
  readonly key: string;
}

export const SEARCHED_TABLES = ['sources', 'highlights', 'claims', 'memos', 'tags'] as const;
export type SearchedTable = (typeof SEARCHED_TABLES)[number];
const searched = new Set<string>(SEARCHED_TABLES);
const JOURNAL = 'searchJournal';
/** Key of a journal line that asks for the whole table (it was cleared). */
export const WHOLE_TABLE = '*';

const listeners = new Set<() => void>();

/** Calls `listener` after every committed transaction that wrote journal lines. */
export function onSearchJournalWritten(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The keys a mutation touched; `null` for a range (a clear). */
function keysOf(request: DBCoreMutateRequest, table: DBCoreTable, results: readonly unknown[] | undefined): unknown[] | null {
  if (request.type === 'deleteRange') return null;
  if (request.type === 'delete') return request.keys;
  if (results) return [...results];
  return request.keys ?? request.values.map((value) => table.schema.primaryKey.extractKey?.(value));
}

/**
 * The Dexie middleware that writes the journal. Installed on every connection by
 * `openNotebookDatabase`; a database without the journal table (older schema, during an upgrade)
 * is left alone.
 */
export const searchJournalMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'searchJournal',
  create(down) {
    const hasJournal = () => down.schema.tables.some((table) => table.name === JOURNAL);
    const notified = new WeakSet<object>();
    return {
      ...down,
      transaction(stores, mode, options) {
        const watched = mode === 'readwrite' && hasJournal() && stores.some((store) => searched.has(store));
        return down.transaction(watched && !stores.includes(JOURNAL) ? [...stores, JOURNAL] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!searched.has(name) || !hasJournal()) return table;
        return {
          ...table,
          async mutate(request) {
            const response = await table.mutate(request);
            // An upgrade from an older version writes before the journal's store exists.
            const stores = (request.trans as unknown as Partial<IDBTransaction>).objectStoreNames;
            if (stores && !stores.contains(JOURNAL)) return response;
            const keys = keysOf(request, table, response.results);
            const entries: SearchJournalEntry[] = keys
              ? keys.filter((key): key is string => typeof key === 'string').map((key) => ({ table: name as SearchedTable, key }))
              : [{ table: name as SearchedTable, key: WHOLE_TABLE }];
            if (entries.length > 0) {
              await down.table(JOURNAL).mutate({ type: 'add', trans: request.trans, values: entries });
              // At runtime the core transaction is the IndexedDB transaction: tell listeners on commit.
              const transaction = request.trans as unknown as EventTarget;
              if (!notified.has(transaction) && typeof transaction.addEventListener === 'function') {
                notified.add(transaction);
                transaction.addEventListener('complete', () => listeners.forEach((listener) => listener()));
              }
            }
            return response;
          },
        };
      },
    };
  },
};
