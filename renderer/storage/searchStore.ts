import { SEARCH_INDEX_VERSION, type SearchIndexSnapshot } from '../../app/search';
import type { NotebookDatabase } from './database';
import type { SearchJournalEntry } from './searchJournal';

// The search index as stored: a few rows of the `searchIndex` table — a header, the snapshot's
// small parts, and the posting arenas one 4 MiB chunk a row (no single huge value) — written in
// one transaction together with the removal of the journal lines it includes.
//
// Several windows (web tabs) may each run a search worker over the same database. What keeps them
// from losing work: the journal always holds every line after the stored index's `appliedSeq`
// (lines are only dropped by the save that stores an index including them); a save never
// replaces a stored index that includes more of the journal; and a reader that finds the stored
// index ahead of its own loads it (the lines in between may be gone) — see readJournalSince.

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

/** How far the stored index reaches, or null when none is stored. */
export interface StoredIndexHeader {
  readonly version: number;
  readonly appliedSeq: number;
}

async function readHeader(db: NotebookDatabase): Promise<StoredIndexHeader | null> {
  const header = (await db.searchIndex.get(HEADER))?.value as Header | undefined;
  return header ? { version: header.version, appliedSeq: header.appliedSeq } : null;
}

/** The stored index's version and journal position, without reading the index. */
export function storedSearchIndexHeader(db: NotebookDatabase): Promise<StoredIndexHeader | null> {
  return db.transaction('r', db.searchIndex, () => readHeader(db));
}

/** True when an index of `version` up to `appliedSeq` would add nothing to the stored one. */
export function isCoveredBy(stored: StoredIndexHeader | null, version: number, appliedSeq: number): boolean {
  if (!stored) return false;
  // A newer Margin's index (another window on a newer build) is never replaced by an older one.
  if (stored.version !== version) return stored.version > version;
  return stored.appliedSeq >= appliedSeq;
}

/**
 * Stores a snapshot that includes the journal up to `appliedSeq`, and drops those journal lines,
 * in one transaction: after a crash either the old index and its journal, or the new one, remain.
 * Stores nothing, and returns false, when the stored index already reaches as far (another
 * window's worker saved it): a window never replaces a newer index with its older one.
 */
export async function saveSearchIndex(db: NotebookDatabase, snapshot: SearchIndexSnapshot, appliedSeq: number): Promise<boolean> {
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
  return db.transaction('rw', db.searchIndex, db.searchJournal, async () => {
    if (isCoveredBy(await readHeader(db), snapshot.version, appliedSeq)) return false;
    const kept = new Set(rows.map((row) => row.key));
    const stale = (await db.searchIndex.toCollection().primaryKeys()).filter((key) => !kept.has(key));
    await db.searchIndex.bulkDelete(stale);
    await db.searchIndex.bulkPut(rows);
    // Only lines this index includes: every later line stays for whoever has not read it.
    await db.searchJournal.where('seq').belowOrEqual(appliedSeq).delete();
    return true;
  });
}

/** Journal lines after `afterSeq`, with the stored index's header, read together. */
export interface JournalSince {
  readonly entries: SearchJournalEntry[];
  /**
   * The stored index at the moment of reading. When it reaches past `afterSeq`, lines up to its
   * `appliedSeq` may have been dropped: the reader must load the stored index (or rebuild).
   */
  readonly stored: StoredIndexHeader | null;
}

/** Journal lines after `afterSeq` (at most `limit`), oldest first, read with the stored header. */
export async function readJournalSince(db: NotebookDatabase, afterSeq: number, limit = 5_000): Promise<JournalSince> {
  return db.transaction('r', db.searchIndex, db.searchJournal, async () => ({
    stored: await readHeader(db),
    entries: await db.searchJournal.where('seq').above(afterSeq).limit(limit).toArray(),
  }));
}

/**
 * The newest journal position: the last line's number, or the stored index's when a save has
 * dropped every line (line numbers only grow, so a later line is always above both).
 */
export async function lastJournalSeq(db: NotebookDatabase): Promise<number> {
  return db.transaction('r', db.searchIndex, db.searchJournal, async () => {
    const last = ((await db.searchJournal.orderBy('seq').lastKey()) as number | undefined) ?? 0;
    return Math.max(last, (await readHeader(db))?.appliedSeq ?? 0);
  });
}
