import { search, SEARCH_INDEX_VERSION, SearchIndex, type SearchResults } from '../../app/search';
import type { NotebookDatabase } from '../storage/database';
import type { SearchJournalEntry } from '../storage/searchJournal';
import { allSearchDocuments, countSearchableRecords, documentsForChanges, loadSearchDocuments } from '../storage/searchDocuments';
import { isCoveredBy, lastJournalSeq, loadSearchIndex, readJournalSince, saveSearchIndex, storedSearchIndexHeader } from '../storage/searchStore';
import type { SearchRequest, SearchStatus } from './searchProtocol';

/**
 * When to store the index after changes: soon while it is small, in batches once it is large;
 * and when to take in a memo being written.
 */
export interface SavePolicy {
  /** Below this size (bytes) the index is stored `quietMs` after the last change. */
  readonly smallIndexBytes: number;
  readonly quietMs: number;
  /** A large index is stored after this many changed records, or `largeIndexMs` after the first. */
  readonly batchChanges: number;
  readonly largeIndexMs: number;
  /**
   * Changes to memos alone are taken in once memo saves have paused this long (none: at once),
   * or `memoMaxWaitMs` after the first one waiting. A memo being typed is saved every 2 s, and
   * indexing a long one again each time took the CPU from the typing (on two cores, the memo's
   * keystroke p95 rose by a third). Any other change takes the waiting memos in with it.
   */
  readonly memoQuietMs?: number;
  readonly memoMaxWaitMs?: number;
}

export const DEFAULT_SAVE_POLICY: SavePolicy = {
  smallIndexBytes: 32e6,
  quietMs: 500,
  batchChanges: 2_000,
  largeIndexMs: 30_000,
  memoQuietMs: 2_500,
  memoMaxWaitMs: 30_000,
};

/**
 * The search index's owner (in the worker): opens the stored index — or builds it when it is
 * missing or of an older version — then follows the journal of changed records and answers
 * queries. Index changes and saves run one at a time, in order; queries read between them.
 *
 * Every window (web tab) runs one; only the one granted `writer` stores the index (the worker
 * passes a Web Lock, held until its window closes), the others follow the journal in memory and
 * load the stored index when it has moved past them. Without `writer` the service stores at once;
 * searchStore.ts keeps that safe too (no older index over a newer one, no unread line dropped).
 */
export class SearchService {
  private index: SearchIndex | null = null;
  private appliedSeq = 0;
  private revision = 0;
  private pending = 0;
  private firstPendingAt = 0;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest memo change still waiting arrived (0: none waits), and its timer. */
  private memoWaitingSince = 0;
  private memoTimer: ReturnType<typeof setTimeout> | null = null;
  private work: Promise<void> = Promise.resolve();
  private readonly ready: Promise<void>;
  /** Whether this service stores the index (one window's at a time). */
  private writer: boolean;

  constructor(
    private readonly db: NotebookDatabase,
    private readonly report: (status: SearchStatus) => void,
    private readonly policy: SavePolicy = DEFAULT_SAVE_POLICY,
    writer?: Promise<unknown>,
  ) {
    this.writer = writer === undefined;
    this.report({ state: 'opening' });
    this.ready = this.enqueue(() => this.open());
    void writer?.then(() => {
      this.writer = true;
      // What it took in while another window stored the index is stored by this one now.
      if (this.pending > 0) void this.flush();
    });
  }

  /** Whatever was stored or built at start-up; resolves when the index can answer. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Reads the journal and applies it (call after records changed). */
  sync(): Promise<void> {
    return this.enqueue(() => this.applyJournal());
  }

  /** Stores the index now if it has unsaved changes. */
  flush(): Promise<void> {
    return this.enqueue(() => this.save());
  }

  async search(request: SearchRequest): Promise<SearchResults> {
    await this.ready;
    const index = this.index!;
    return search(index, request.query, {
      limit: request.limit ?? 30,
      filters: request.filters,
      asYouType: request.asYouType,
      load: (ids) =>
        loadSearchDocuments(
          this.db,
          ids.map((id) => ({ id, kind: index.documents.kindOf(index.documents.numberOf(id) ?? 0) })),
        ),
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.work.then(task);
    this.work = next.catch((error: unknown) => this.report({ state: 'failed', message: error instanceof Error ? error.message : String(error) }));
    return next;
  }

  private async open(): Promise<void> {
    await this.loadStored();
    this.reportReady();
  }

  /** Continues from the stored index (and the journal after it), or builds one. */
  private async loadStored(): Promise<void> {
    const stored = await loadSearchIndex(this.db).catch(() => null);
    if (!stored) return this.rebuild();
    this.index = new SearchIndex(stored.snapshot);
    this.appliedSeq = stored.appliedSeq;
    this.pending = 0;
    await this.applyJournal();
  }

  private reportReady(): void {
    this.revision++;
    this.report({ state: 'ready', documents: this.index!.size, revision: this.revision });
  }

  /** Indexes every record from scratch; the journal written meanwhile is applied after. */
  private async rebuild(): Promise<void> {
    // Records read from here on include every change up to this journal position.
    const from = await lastJournalSeq(this.db);
    const total = await countSearchableRecords(this.db);
    const index = new SearchIndex();
    let indexed = 0;
    this.report({ state: 'indexing', indexed, total });
    for await (const documents of allSearchDocuments(this.db)) {
      for (const document of documents) index.add(document);
      indexed += documents.length;
      this.report({ state: 'indexing', indexed, total: Math.max(total, indexed) });
    }
    this.index = index;
    this.appliedSeq = from;
    this.pending = 1;
    await this.saveNow();
    await this.applyJournal();
  }

  private async applyJournal(memosNow = false): Promise<void> {
    for (;;) {
      const { stored, entries } = await readJournalSince(this.db, this.appliedSeq);
      if (stored && stored.appliedSeq > this.appliedSeq) {
        // Another window stored an index that reaches further, and dropped journal lines this one
        // may not have read: continue from that index (or rebuild, if it is another version's).
        await (stored.version === SEARCH_INDEX_VERSION ? this.loadStored() : this.rebuild());
        return this.reportReady();
      }
      if (entries.length === 0) return;
      if (!memosNow && this.memosWait(entries)) return;
      this.stopMemoWait();
      const changes = await documentsForChanges(this.db, entries);
      if (changes.rebuild) return this.rebuild();
      for (const id of changes.removals) this.index!.remove(id);
      for (const document of changes.upserts) this.index!.add(document);
      this.appliedSeq = entries.at(-1)!.seq!;
      this.noteChanges(entries.length);
      this.reportReady();
    }
  }

  /** Whether `entries` are memo changes that wait (see `SavePolicy.memoQuietMs`); sets their timer. */
  private memosWait(entries: readonly SearchJournalEntry[]): boolean {
    const quietMs = this.policy.memoQuietMs ?? 0;
    if (quietMs <= 0 || !entries.every((entry) => entry.table === 'memos')) return false;
    const now = Date.now();
    if (this.memoWaitingSince === 0) this.memoWaitingSince = now;
    const due = Math.min(quietMs, this.memoWaitingSince + (this.policy.memoMaxWaitMs ?? Infinity) - now);
    if (due <= 0) return false;
    if (this.memoTimer) clearTimeout(this.memoTimer);
    this.memoTimer = setTimeout(() => {
      this.memoTimer = null;
      void this.enqueue(() => this.applyJournal(true));
    }, due);
    return true;
  }

  private stopMemoWait(): void {
    if (this.memoTimer) clearTimeout(this.memoTimer);
    this.memoTimer = null;
    this.memoWaitingSince = 0;
  }

  private noteChanges(count: number): void {
    if (this.pending === 0) this.firstPendingAt = Date.now();
    this.pending += count;
    const small = this.index!.byteLength < this.policy.smallIndexBytes;
    const due = small
      ? this.policy.quietMs
      : this.pending >= this.policy.batchChanges
        ? 0
        : Math.max(0, this.policy.largeIndexMs - (Date.now() - this.firstPendingAt));
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), due);
  }

  private async save(): Promise<void> {
    if (this.pending > 0) await this.saveNow();
  }

  private async saveNow(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    // Another window's worker stores the index; what this one took in waits until it may.
    if (!this.writer) return;
    // Nothing to add to what is stored (another window got there first): no snapshot to make.
    if (isCoveredBy(await storedSearchIndexHeader(this.db), SEARCH_INDEX_VERSION, this.appliedSeq)) {
      this.pending = 0;
      return;
    }
    const index = this.index!;
    if (index.garbage > 0.3 && index.documents.count > 1_000) index.compact();
    // Refused (false) when another window stored a newer one meanwhile; the next sync loads it.
    await saveSearchIndex(this.db, index.toSnapshot(), this.appliedSeq);
    this.pending = 0;
  }
}
