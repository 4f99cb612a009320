import type { Claim, Highlight, Source } from '../../app/model/types';
import {
  claimSearchDocument,
  highlightSearchDocument,
  memoSearchDocument,
  sourceSearchDocument,
  type SearchDocument,
  type SearchKind,
} from '../../app/search';
import type { NotebookDatabase } from './database';
import { WHOLE_TABLE, type SearchJournalEntry } from './searchJournal';

// Reading records as search documents: for a batch of journal lines, for a page of results, and
// for a rebuild of the whole index.

/** What a batch of journal lines asks of the index. */
export interface SearchChanges {
  readonly upserts: readonly SearchDocument[];
  readonly removals: readonly string[];
  /** A table was cleared (a restore): only a rebuild is sure to be right. */
  readonly rebuild: boolean;
}

type SourceFacts = Pick<Source, 'title' | 'publishedAt'>;

async function sourceFacts(db: NotebookDatabase, ids: Iterable<string>): Promise<Map<string, SourceFacts>> {
  const unique = [...new Set(ids)];
  const sources = await db.sources.bulkGet(unique);
  return new Map(sources.flatMap((source) => (source ? [[source.id, { title: source.title, publishedAt: source.publishedAt }] as const] : [])));
}

async function claimDocuments(db: NotebookDatabase, claims: readonly Claim[]): Promise<SearchDocument[]> {
  const highlightIds = claims.flatMap((claim) => claim.evidence.map((evidence) => evidence.highlightId));
  const highlights = new Map((await db.highlights.bulkGet(highlightIds)).flatMap((h) => (h ? [[h.id, h] as const] : [])));
  const sources = await sourceFacts(db, [...highlights.values()].map((h) => h.sourceId));
  const tags = new Map((await db.tags.bulkGet([...new Set(claims.flatMap((claim) => claim.tags))])).flatMap((t) => (t ? [[t.id, t] as const] : [])));
  return claims.map((claim) => claimSearchDocument(claim, highlights, sources, tags));
}

async function highlightDocuments(db: NotebookDatabase, highlights: readonly Highlight[], known?: Map<string, SourceFacts>): Promise<SearchDocument[]> {
  const sources = known ?? (await sourceFacts(db, highlights.map((h) => h.sourceId)));
  return highlights.map((highlight) => highlightSearchDocument(highlight, sources.get(highlight.sourceId)));
}

/**
 * The documents to add again and the ids to remove for some journal lines. A source brings its
 * highlights along (they are named by its title), a tag the claims that carry it.
 */
export async function documentsForChanges(db: NotebookDatabase, entries: readonly SearchJournalEntry[]): Promise<SearchChanges> {
  if (entries.some((entry) => entry.key === WHOLE_TABLE)) return { upserts: [], removals: [], rebuild: true };
  const keysOf = (table: SearchJournalEntry['table']) => [...new Set(entries.filter((e) => e.table === table).map((e) => e.key))];
  const upserts: SearchDocument[] = [];
  const removals: string[] = [];
  const keep = <T extends { id: string }>(keys: readonly string[], records: readonly (T | undefined)[]) => {
    keys.forEach((key, i) => records[i] === undefined && removals.push(key));
    return records.filter((record): record is T => record !== undefined);
  };
  const sourceKeys = keysOf('sources');
  const sources = keep(sourceKeys, await db.sources.bulkGet(sourceKeys));
  upserts.push(...sources.map(sourceSearchDocument));
  const highlightKeys = keysOf('highlights');
  const changed = keep(highlightKeys, await db.highlights.bulkGet(highlightKeys));
  const ofSources = sources.length ? await db.highlights.where('sourceId').anyOf(sources.map((s) => s.id)).toArray() : [];
  const highlights = new Map([...changed, ...ofSources].map((h) => [h.id, h]));
  upserts.push(...(await highlightDocuments(db, [...highlights.values()])));
  const claimKeys = keysOf('claims');
  const claims = new Map(keep(claimKeys, await db.claims.bulkGet(claimKeys)).map((c) => [c.id, c]));
  const tagKeys = keysOf('tags');
  if (tagKeys.length) for (const claim of await db.claims.where('tags').anyOf(tagKeys).toArray()) claims.set(claim.id, claim);
  upserts.push(...(await claimDocuments(db, [...claims.values()])));
  const memoKeys = keysOf('memos');
  upserts.push(...keep(memoKeys, await db.memos.bulkGet(memoKeys)).map(memoSearchDocument));
  return { upserts, removals, rebuild: false };
}

/** Documents by id and kind, for a page of results (undefined for a record deleted meanwhile). */
export async function loadSearchDocuments(
  db: NotebookDatabase,
  wanted: readonly { readonly id: string; readonly kind: SearchKind }[],
): Promise<(SearchDocument | undefined)[]> {
  const idsOf = (kind: SearchKind) => wanted.filter((w) => w.kind === kind).map((w) => w.id);
  const found = new Map<string, SearchDocument>();
  for (const source of await db.sources.bulkGet(idsOf('source'))) if (source) found.set(source.id, sourceSearchDocument(source));
  const highlights = (await db.highlights.bulkGet(idsOf('highlight'))).filter((h): h is Highlight => h !== undefined);
  for (const document of await highlightDocuments(db, highlights)) found.set(document.id, document);
  const claims = (await db.claims.bulkGet(idsOf('claim'))).filter((c): c is Claim => c !== undefined);
  for (const document of await claimDocuments(db, claims)) found.set(document.id, document);
  for (const memo of await db.memos.bulkGet(idsOf('memo'))) if (memo) found.set(memo.id, memoSearchDocument(memo));
  return wanted.map((w) => found.get(w.id));
}

/**
 * Every searchable record as documents, a page at a time (each page its own short transaction, so
 * writers are never held up by a rebuild; what changes meanwhile is in the journal).
 */
export async function* allSearchDocuments(db: NotebookDatabase, pageSize = 250): AsyncGenerator<SearchDocument[]> {
  const titles = new Map<string, SourceFacts>();
  for (let after = ''; ; ) {
    const page = await db.sources.where(':id').above(after).limit(pageSize).toArray();
    if (page.length === 0) break;
    for (const source of page) titles.set(source.id, { title: source.title, publishedAt: source.publishedAt });
    yield page.map(sourceSearchDocument);
    after = page.at(-1)!.id;
  }
  for (let after = ''; ; ) {
    const page = await db.highlights.where(':id').above(after).limit(pageSize * 4).toArray();
    if (page.length === 0) break;
    yield await highlightDocuments(db, page, titles);
    after = page.at(-1)!.id;
  }
  for (let after = ''; ; ) {
    const page = await db.claims.where(':id').above(after).limit(pageSize * 4).toArray();
    if (page.length === 0) break;
    yield await claimDocuments(db, page);
    after = page.at(-1)!.id;
  }
  for (let after = ''; ; ) {
    const page = await db.memos.where(':id').above(after).limit(pageSize).toArray();
    if (page.length === 0) break;
    yield page.map(memoSearchDocument);
    after = page.at(-1)!.id;
  }
}

/** How many records a rebuild will index (for its progress). */
export async function countSearchableRecords(db: NotebookDatabase): Promise<number> {
  const counts = await Promise.all([db.sources.count(), db.highlights.count(), db.claims.count(), db.memos.count()]);
  return counts.reduce((sum, n) => sum + n, 0);
}
