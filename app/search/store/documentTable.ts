import { dateRange, SEARCH_KINDS, type SearchDocument, type SearchKind } from '../document';

// What the index keeps per document besides its words, in typed arrays indexed by document
// number: enough to filter and rank without reading the record. Numbers only grow; a removed
// document leaves a hole until a compaction renumbers.

const NO_DATE_LO = 0x7fffffff;
const NO_DATE_HI = -1;

export interface DocumentTableSnapshot {
  readonly ids: string;
  readonly sources: string;
  readonly kind: Uint8Array;
  readonly alive: Uint8Array;
  readonly dateLo: Int32Array;
  readonly dateHi: Int32Array;
  readonly length: Uint32Array;
}

export class DocumentTable {
  /** Number of document numbers handed out (live and removed). */
  count = 0;
  live = 0;
  totalLength = 0;
  private capacity = 0;
  ids: string[] = [];
  /** The first source of each document; for a source, its own id (the same string). */
  sources: (string | null)[] = [];
  kind = new Uint8Array(0);
  alive = new Uint8Array(0);
  dateLo = new Int32Array(0);
  dateHi = new Int32Array(0);
  length = new Uint32Array(0);
  private readonly numbers = new Map<string, number>();

  numberOf(id: string): number | undefined {
    return this.numbers.get(id);
  }

  /** A new number for the document (its words are added by the caller). */
  add(document: SearchDocument): number {
    const doc = this.count++;
    if (doc >= this.capacity) this.grow(Math.max(1024, Math.ceil(this.capacity * 1.5)));
    this.ids[doc] = document.id;
    const source = document.sourceIds[0] ?? null;
    this.sources[doc] = source === document.id ? document.id : source;
    this.kind[doc] = SEARCH_KINDS.indexOf(document.kind);
    this.alive[doc] = 1;
    const range = dateRange(document.date);
    this.dateLo[doc] = range ? range[0] : NO_DATE_LO;
    this.dateHi[doc] = range ? range[1] : NO_DATE_HI;
    this.numbers.set(document.id, doc);
    this.live++;
    return doc;
  }

  setLength(doc: number, words: number): void {
    this.length[doc] = words;
    this.totalLength += words;
  }

  remove(id: string): boolean {
    const doc = this.numbers.get(id);
    if (doc === undefined) return false;
    this.numbers.delete(id);
    this.alive[doc] = 0;
    this.ids[doc] = '';
    this.sources[doc] = null;
    this.live--;
    this.totalLength -= this.length[doc]!;
    return true;
  }

  kindOf(doc: number): SearchKind {
    return SEARCH_KINDS[this.kind[doc]!]!;
  }

  /** True when the document's date range overlaps `[from, to]` (numbers YYYYMMDD). */
  dateWithin(doc: number, from: number, to: number): boolean {
    return this.dateLo[doc]! <= to && this.dateHi[doc]! >= from;
  }

  private grow(capacity: number): void {
    const widen = <T extends Uint8Array | Int32Array | Uint32Array>(array: T, make: (n: number) => T): T => {
      const wider = make(capacity);
      wider.set(array);
      return wider;
    };
    this.kind = widen(this.kind, (n) => new Uint8Array(n));
    this.alive = widen(this.alive, (n) => new Uint8Array(n));
    this.dateLo = widen(this.dateLo, (n) => new Int32Array(n));
    this.dateHi = widen(this.dateHi, (n) => new Int32Array(n));
    this.length = widen(this.length, (n) => new Uint32Array(n));
    this.capacity = capacity;
  }

  /** Keeps only the live documents, numbered in their old order; returns old number → new (or -1). */
  compact(): Int32Array {
    const remap = new Int32Array(this.count).fill(-1);
    let next = 0;
    for (let doc = 0; doc < this.count; doc++) {
      if (!this.alive[doc]) continue;
      remap[doc] = next;
      this.ids[next] = this.ids[doc]!;
      this.sources[next] = this.sources[doc]!;
      this.kind[next] = this.kind[doc]!;
      this.alive[next] = 1;
      this.dateLo[next] = this.dateLo[doc]!;
      this.dateHi[next] = this.dateHi[doc]!;
      this.length[next] = this.length[doc]!;
      this.numbers.set(this.ids[next]!, next);
      next++;
    }
    this.ids.length = next;
    this.sources.length = next;
    this.alive.fill(0, next);
    this.count = next;
    return remap;
  }

  toSnapshot(): DocumentTableSnapshot {
    const n = this.count;
    return {
      ids: this.ids.slice(0, n).join('\n'),
      // '=' stands for "the document's own id" (a source), '' for none.
      sources: this.sources
        .slice(0, n)
        .map((source, doc) => (source === null ? '' : source === this.ids[doc] ? '=' : source))
        .join('\n'),
      kind: this.kind.slice(0, n),
      alive: this.alive.slice(0, n),
      dateLo: this.dateLo.slice(0, n),
      dateHi: this.dateHi.slice(0, n),
      length: this.length.slice(0, n),
    };
  }

  static fromSnapshot(snapshot: DocumentTableSnapshot): DocumentTable {
    const table = new DocumentTable();
    const n = snapshot.kind.length;
    table.grow(Math.max(1024, n));
    table.count = n;
    table.ids = n === 0 ? [] : snapshot.ids.split('\n');
    const sources = n === 0 ? [] : snapshot.sources.split('\n');
    table.sources = sources.map((source, doc) => (source === '' ? null : source === '=' ? table.ids[doc]! : source));
    table.kind.set(snapshot.kind);
    table.alive.set(snapshot.alive);
    table.dateLo.set(snapshot.dateLo);
    table.dateHi.set(snapshot.dateHi);
    table.length.set(snapshot.length);
    for (let doc = 0; doc < n; doc++) {
      if (!table.alive[doc]) continue;
      table.numbers.set(table.ids[doc]!, doc);
      table.live++;
      table.totalLength += table.length[doc]!;
    }
    return table;
  }
}
