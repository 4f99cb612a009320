import type { SearchDocument, TextSpan } from '../document';
import { normalizeWord } from '../normalize';
import { forEachWord } from '../tokenize';
import { DocumentTable, type DocumentTableSnapshot } from './documentTable';
import { PostingStore, type PostingStoreSnapshot } from './postingStore';
import { FILTER_KEY_MARK, TermDictionary } from './termDictionary';

/** Bump when keys, tokenizing or the layout change: a stored index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

/** Posting flags: where the word occurs, and how often (capped). */
export const IN_HEADING = 0x80;
export const IN_BODY = 0x40;
export const FREQUENCY_MASK = 0x3f;

/** Scratch mark while adding a document: the term is already in `touched`. */
const LISTED = 0x20;
/** Hyphenated runs longer than this are not joined ("Nur-Sultan" is; a long list is not). */
const MAX_JOINED_PARTS = 4;

/** The whole index as plain data and typed arrays: structured-cloneable, for IndexedDB. */
export interface SearchIndexSnapshot {
  readonly version: number;
  readonly keys: string;
  readonly documents: DocumentTableSnapshot;
  readonly main: PostingStoreSnapshot;
  readonly headings: PostingStoreSnapshot;
}

/** Filter keys: the extra sources of a claim, and tags. */
export const sourceFilterKey = (sourceId: string) => `${FILTER_KEY_MARK}s:${sourceId.replace(/\n/g, ' ')}`;
export const tagFilterKey = (tag: string) =>
  `${FILTER_KEY_MARK}t:${tag.split(/\s+/).filter(Boolean).map(normalizeWord).join(' ')}`;

/**
 * An inverted index of search documents: each word's key (see `normalizeWord`) → the documents
 * holding it, with where (title and names, or body) and how often. Adding a document that is
 * already there replaces it; removing marks it gone until `compact()` drops it for good.
 * `main` holds every word; `headings` holds title and name words again, for prefix queries.
 */
export class SearchIndex {
  readonly dictionary: TermDictionary;
  readonly documents: DocumentTable;
  readonly main: PostingStore;
  readonly headings: PostingStore;
  /** Raw word → term number: words repeat, so each distinct spelling is folded once. */
  private readonly termCache = new Map<string, number>();
  private frequency = new Uint16Array(1024);
  private flags = new Uint8Array(1024);
  private touched: number[] = [];
  /** Grows with every compaction: document numbers taken before one mean nothing after it. */
  generation = 0;

  constructor(snapshot?: SearchIndexSnapshot) {
    if (snapshot && snapshot.version !== SEARCH_INDEX_VERSION) throw new Error(`Search index version ${snapshot.version} is not ${SEARCH_INDEX_VERSION}.`);
    this.dictionary = snapshot ? TermDictionary.fromSnapshot(snapshot.keys) : new TermDictionary();
    this.documents = snapshot ? DocumentTable.fromSnapshot(snapshot.documents) : new DocumentTable();
    this.main = snapshot ? PostingStore.fromSnapshot(snapshot.main) : new PostingStore(true);
    this.headings = snapshot ? PostingStore.fromSnapshot(snapshot.headings) : new PostingStore(false);
  }

  /** Live documents. */
  get size(): number {
    return this.documents.live;
  }

  has(id: string): boolean {
    return this.documents.numberOf(id) !== undefined;
  }

  /** Adds a document, or replaces the one with the same id. */
  add(document: SearchDocument): void {
    this.documents.remove(document.id);
    const doc = this.documents.add(document);
    this.addWords(document.title, undefined, IN_HEADING);
    for (const name of document.names) this.addWords(name, undefined, IN_HEADING);
    const bodyWords = this.addWords(document.body, document.bodySpans, IN_BODY);
    this.documents.setLength(doc, bodyWords);
    for (const sourceId of document.sourceIds.slice(1)) this.note(this.dictionary.intern(sourceFilterKey(sourceId)), 0);
    for (const tag of document.tags) this.note(this.dictionary.intern(tagFilterKey(tag)), 0);
    for (const term of this.touched) {
      const flags = this.flags[term]! & (IN_HEADING | IN_BODY);
      this.main.append(term, doc, flags | Math.min(this.frequency[term]!, FREQUENCY_MASK));
      if (flags & IN_HEADING) this.headings.append(term, doc);
      this.frequency[term] = 0;
      this.flags[term] = 0;
    }
    this.touched = [];
  }

  /** Removes a document; false when it was not indexed. */
  remove(id: string): boolean {
    return this.documents.remove(id);
  }

  /** Counts a word of `text` (within `spans`) for the current document; returns how many. */
  private addWords(text: string, spans: readonly TextSpan[] | undefined, where: number): number {
    let words = 0;
    let run = '';
    let parts = 0;
    const visit = (start: number, end: number, joined: boolean) => {
      const raw = text.slice(start, end);
      const term = this.termOf(raw);
      if (term >= 0) this.note(term, where);
      words++;
      // "Nur-Sultan" is also indexed as "Nursultan", so either spelling finds the other.
      if (joined && parts < MAX_JOINED_PARTS) {
        run += raw;
        parts++;
        const compound = this.termOf(run);
        if (compound >= 0) this.note(compound, where);
      } else {
        run = raw;
        parts = 1;
      }
    };
    if (!spans) forEachWord(text, visit);
    else for (const span of spans) forEachWord(text, visit, span.start, span.end);
    return words;
  }

  private termOf(raw: string): number {
    let term = this.termCache.get(raw);
    if (term === undefined) {
      const key = normalizeWord(raw);
      term = key.length === 0 ? -1 : this.dictionary.intern(key);
      if (this.termCache.size >= 300_000) this.termCache.clear();
      this.termCache.set(raw, term);
    }
    return term;
  }

  private note(term: number, where: number): void {
    if (term >= this.frequency.length) {
      const size = Math.max(term + 1, this.frequency.length * 2);
      const frequency = new Uint16Array(size);
      frequency.set(this.frequency);
      this.frequency = frequency;
      const flags = new Uint8Array(size);
      flags.set(this.flags);
      this.flags = flags;
    }
    if (!(this.flags[term]! & LISTED)) {
      this.flags[term] = LISTED;
      this.touched.push(term);
    }
    this.flags[term]! |= where;
    if (where !== 0 && this.frequency[term]! < 0xffff) this.frequency[term]!++;
  }

  /** Share of document numbers held by removed documents. */
  get garbage(): number {
    return this.documents.count === 0 ? 0 : 1 - this.documents.live / this.documents.count;
  }

  /** Drops removed documents for good and renumbers the rest (run when `garbage` grows). */
  compact(): void {
    const remap = this.documents.compact();
    const rewrite = (store: PostingStore) => {
      const compacted = new PostingStore(store.withFlags);
      let docs = new Uint32Array(1024);
      let flags = new Uint8Array(1024);
      for (let term = 0; term < this.dictionary.size; term++) {
        const n = store.countOf(term);
        if (n > docs.length) [docs, flags] = [new Uint32Array(n * 2), new Uint8Array(n * 2)];
        store.decode(term, docs, flags);
        for (let i = 0; i < n; i++) {
          const doc = remap[docs[i]!]!;
          if (doc >= 0) compacted.append(term, doc, flags[i]);
        }
      }
      return compacted;
    };
    (this as { main: PostingStore }).main = rewrite(this.main);
    (this as { headings: PostingStore }).headings = rewrite(this.headings);
    this.generation++;
  }

  /** Bytes held by the index's typed arrays (the dictionary's strings are not counted). */
  get byteLength(): number {
    return this.main.byteLength + this.headings.byteLength + this.documents.count * 14;
  }

  /**
   * The index as a snapshot. Its arena chunks are the index's own: store (structured-clone) it
   * before the next change.
   */
  toSnapshot(): SearchIndexSnapshot {
    return {
      version: SEARCH_INDEX_VERSION,
      keys: this.dictionary.toSnapshot(),
      documents: this.documents.toSnapshot(),
      main: this.main.toSnapshot(),
      headings: this.headings.toSnapshot(),
    };
  }
}
