import Dexie, { type EntityTable } from 'dexie';
import type { Claim, Entity, Highlight, Memo, Original, Setting, Source, Tag } from '../../app/model/types';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema';
import { searchJournalMiddleware, type SearchJournalEntry } from './searchJournal';
import { memoSummariesMiddleware, type MemoSummary } from './memoSummaries';
import type { SearchIndexRow } from './searchStore';
import type { TableCount } from './sourceCount';
import { sourceSummariesMiddleware, type SourceSummary } from './sourceSummaries';

/** A source as stored: the domain record plus the key that detects duplicates. */
export interface StoredSource extends Source {
  /** sha256 (hex) of the source's text with line ends and whitespace normalized. */
  readonly contentKey: string;
}

export type NotebookDatabase = Dexie & {
  sources: EntityTable<StoredSource, 'id'>;
  originals: EntityTable<Original, 'sourceId'>;
  highlights: EntityTable<Highlight, 'id'>;
  claims: EntityTable<Claim, 'id'>;
  tags: EntityTable<Tag, 'id'>;
  memos: EntityTable<Memo, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  entities: EntityTable<Entity, 'id'>;
  searchIndex: EntityTable<SearchIndexRow, 'key'>;
  searchJournal: EntityTable<SearchJournalEntry, 'seq'>;
  sourceSummaries: EntityTable<SourceSummary, 'id'>;
  counts: EntityTable<TableCount, 'table'>;
  memoSummaries: EntityTable<MemoSummary, 'id'>;
};

/**
 * Opens (and upgrades) the notebook database. Strict durability: a write is on disk when its
 * transaction completes, so a crash right after "saved" loses nothing.
 */
export function openNotebookDatabase(name = DATABASE_NAME): NotebookDatabase {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as NotebookDatabase;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  db.use(searchJournalMiddleware);
  db.use(sourceSummariesMiddleware);
  db.use(memoSummariesMiddleware);
  return db;
}

/** The app's one database connection. Tests open their own with `openNotebookDatabase`. */
export const db: NotebookDatabase = openNotebookDatabase();
