import type { Transaction } from 'dexie';
import { upgradeClaimsToVersion2 } from './claimsUpgrade';
import { fillMemoSummaries } from './memoSummaries';
import { fillSourceCount, fillSourceSummaries } from './sourceSummaries';

/**
 * Every schema version of the notebook database, oldest first. A version is never edited once
 * shipped: a change is a new entry with an upgrade function and a test that opens a database
 * written by the version before (see schema.test.ts).
 */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (transaction: Transaction) => Promise<void>;
}

export const DATABASE_NAME = 'margin';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // contentKey: sha256 of the normalized text, unique so a duplicate can never be stored.
      sources: 'id, &contentKey, title, importedAt',
      originals: 'sourceId',
      highlights: 'id, sourceId, updatedAt',
      claims: 'id, updatedAt, status, *tags',
      tags: 'id, &name, parentId',
      memos: 'id, updatedAt, title',
      settings: 'key',
    },
  },
  {
    // Structured claims (issue 4): subject, figure and entity on claims, indexed for the Claims
    // view's filters; a table of entities (people, bodies, places) with their aliases.
    version: 2,
    stores: {
      claims: 'id, updatedAt, status, *tags, subject, attributionEntityId',
      entities: 'id, name, kind',
    },
    upgrade: upgradeClaimsToVersion2,
  },
  {
    // Search and scale (issue 6): the persisted search index (snapshot rows written by the search
    // worker), the journal of changed records that every write adds to in its own transaction
    // (searchJournal.ts), and the sources' summaries the lists read instead of whole sources
    // (sourceSummaries.ts). All derived: the upgrade fills the summaries, the index is built.
    version: 3,
    stores: {
      searchIndex: 'key',
      searchJournal: '++seq',
      sourceSummaries: 'id, title',
    },
    upgrade: fillSourceSummaries,
  },
  {
    // Start-up at scale (issue 6): the number of sources in one row, kept by the summaries
    // middleware in the same transaction as every write to `sources` (sourceCount.ts), so the list
    // never counts 100,000 records to start. Derived: the upgrade counts once.
    version: 4,
    stores: { counts: 'table' },
    upgrade: fillSourceCount,
  },
  {
    // Typing in a long memo (issue 6): the memo list reads each memo's title and dates from a
    // projection kept by a middleware in the same transaction as every write to `memos`
    // (memoSummaries.ts), not the memos, whose content a save would otherwise have the list read
    // back. Derived: the upgrade fills it.
    version: 5,
    stores: { memoSummaries: 'id, updatedAt' },
    upgrade: fillMemoSummaries,
  },
];

/** Tables derived from the others: never backed up or restored, rebuilt when missing. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['searchIndex', 'searchJournal', 'sourceSummaries', 'counts', 'memoSummaries']);

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
