import { SEARCH_INDEX_VERSION, type SearchIndexSnapshot } from '../../app/search';
import type { NotebookDatabase } from './database';
import type { SearchJournalEntry } from './searchJournal';

// The search index as stored: a few rows of the `searchIndex` table — a header, the snapshot's
// small parts, and the posting arenas one 4 MiB chunk a row (no single huge value) — written in
// one transaction together with the removal of the journal lines it includes.

/** A row of the `searchIndex` table. */
export interface SearchIndexRow {
  readonly key: string;
  readonly value: unknown;
}

interface Header {
  readonly version: number;
  /** The last journal line the snapshot includes. */
  readonly appliedSeq: number;
  readonly chunks: { readonly main: number; readonly headings: number };
  readonly savedAt: string;
}

export interface StoredSearchIndex {
  readonly snapshot: SearchIndexSnapshot;
  readonly appliedSeq: number;
}

const HEADER = 'header';
const SNAPSHOT = 'snapshot';
const chunkKey = (store: 'main' | 'headings', i: number) => `${store}:${i}`;

/** The stored index, or null when there is none, it is of another version, or it is incomplete. */
export async function loadSearchIndex(db: NotebookDatabase): Promise<StoredSearchIndex | null> {
  return db.transaction('r', db.searchIndex, async () => {
    const header = (await db.searchIndex.get(HEADER))?.value as Header | undefined;
    if (!header || header.version !== SEARCH_INDEX_VERSION) return null;
    const rest = (await db.searchIndex.get(SNAPSHOT))?.value as Omit<SearchIndexSnapshot, 'version'> | undefined;
    const keys = [
      ...Array.from({ length: header.chunks.main }, (_, i) => chunkKey('main', i)),
      ...Array.from({ length: header.chunks.headings }, (_, i) => chunkKey('headings', i)),
    ];
    const rows = await db.searchIndex.bulkGet(keys);
    if (!rest || rows.some((row) => !(row?.value instanceof Uint8Array))) return null;
    const chunks = rows.map((row) => row!.value as Uint8Array);
    const snapshot: SearchIndexSnapshot = {
      ...rest,
      version: header.version,
      main: { ...rest.main, arena: { ...rest.main.arena, chunks: chunks.slice(0, header.chunks.main) } },
      headings: { ...rest.headings, arena: { ...rest.headings.arena, chunks: chunks.slice(header.chunks.main) } },
    };
    return { snapshot, appliedSeq: header.appliedSeq };
  });
}

/**
 * Stores a snapshot that includes the journal up to `appliedSeq`, and drops those journal lines,
 * in one transaction: after a crash either the old index and its journal, or the new one, remain.
 */
export async function saveSearchIndex(db: NotebookDatabase, snapshot: SearchIndexSnapshot, appliedSeq: number): Promise<void> {
  const { main, headings } = snapshot;
  const header: Header = {
    version: snapshot.version,
    appliedSeq,
    chunks: { main: main.arena.chunks.length, headings: headings.arena.chunks.length },
    savedAt: new Date().toISOString(),
  };
  const rest = {
    ...snapshot,
    main: { ...main, arena: { ...main.arena, chunks: [] } },
    headings: { ...headings, arena: { ...headings.arena, chunks: [] } },
  };
  const rows: SearchIndexRow[] = [
    { key: HEADER, value: header },
    { key: SNAPSHOT, value: rest },
    ...main.arena.chunks.map((chunk, i) => ({ key: chunkKey('main', i), value: chunk })),
    ...headings.arena.chunks.map((chunk, i) => ({ key: chunkKey('headings', i), value: chunk })),
  ];
  await db.transaction('rw', db.searchIndex, db.searchJournal, async () => {
    const kept = new Set(rows.map((row) => row.key));
    const stale = (await db.searchIndex.toCollection().primaryKeys()).filter((key) => !kept.has(key));
    await db.searchIndex.bulkDelete(stale);
    await db.searchIndex.bulkPut(rows);
    await db.searchJournal.where('seq').belowOrEqual(appliedSeq).delete();
  });
}

/** Journal lines after `seq`, oldest first. */
export async function readJournal(db: NotebookDatabase, afterSeq: number, limit = 5_000): Promise<SearchJournalEntry[]> {
  return db.searchJournal.where('seq').above(afterSeq).limit(limit).toArray();
}

/** The number of the newest journal line (0 when empty). */
export async function lastJournalSeq(db: NotebookDatabase): Promise<number> {
  return ((await db.searchJournal.orderBy('seq').lastKey()) as number | undefined) ?? 0;
}
