import { ByteArena, CHUNK_SIZE, OFFSET_MASK, readUint32, type ByteArenaSnapshot } from './byteArena';

// Posting lists: for each term, the documents that contain it, in ascending order, each written as
// a variable-length gap from the one before (1 byte for frequent terms) and, when the store keeps
// them, one byte of flags. A list is a chain of blocks in the arena that double in size (8 bytes,
// 16, … 32 KiB); the last 4 bytes of a full block point to the next.

const MAX_LEVEL = 12;
const blockSize = (level: number) => 8 << (level < MAX_LEVEL ? level : MAX_LEVEL);

export interface PostingStoreSnapshot {
  readonly withFlags: boolean;
  readonly terms: number;
  readonly head: Uint32Array;
  readonly tail: Uint32Array;
  readonly limit: Uint32Array;
  readonly last: Uint32Array;
  readonly count: Uint32Array;
  readonly level: Uint8Array;
  readonly arena: ByteArenaSnapshot;
}

export class PostingStore {
  private arena = new ByteArena();
  private capacity = 0;
  private terms = 0;
  private head = new Uint32Array(0);
  private tail = new Uint32Array(0);
  private limit = new Uint32Array(0);
  private last = new Uint32Array(0);
  private count = new Uint32Array(0);
  private level = new Uint8Array(0);

  constructor(readonly withFlags: boolean) {}

  /** How many documents the term's list holds (deleted ones included until a compaction). */
  countOf(term: number): number {
    return term < this.terms ? this.count[term]! : 0;
  }

  /** Adds `doc` to the term's list; docs must come in ascending order per term. */
  append(term: number, doc: number, flags = 0): void {
    if (term >= this.terms) this.grow(term + 1);
    const n = this.count[term]!;
    if (n === 0) {
      const address = this.arena.allocate(blockSize(0));
      this.head[term] = address;
      this.tail[term] = address;
      this.limit[term] = address + blockSize(0) - 4;
    }
    let gap = n === 0 ? doc : doc - this.last[term]!;
    while (gap >= 0x80) {
      this.writeByte(term, (gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    this.writeByte(term, gap);
    if (this.withFlags) this.writeByte(term, flags);
    this.last[term] = doc;
    this.count[term] = n + 1;
  }

  private writeByte(term: number, value: number): void {
    let at = this.tail[term]!;
    if (at === this.limit[term]) {
      const level = Math.min(this.level[term]! + 1, MAX_LEVEL);
      const next = this.arena.allocate(blockSize(level));
      this.arena.writeUint32(at, next);
      this.level[term] = level;
      this.limit[term] = next + blockSize(level) - 4;
      at = next;
    }
    this.arena.setByte(at, value);
    this.tail[term] = at + 1;
  }

  /**
   * Decodes the term's list into `docs` (and `flags`), which must hold `countOf(term)` entries.
   * Returns how many it wrote.
   */
  decode(term: number, docs: Uint32Array, flags: Uint8Array | null): number {
    const n = this.countOf(term);
    if (n === 0) return 0;
    const chunks = this.arena.chunks;
    let address = this.head[term]!;
    let level = 0;
    let chunk = chunks[Math.floor(address / CHUNK_SIZE)]!;
    let at = address & OFFSET_MASK;
    let end = at + blockSize(0) - 4;
    let doc = 0;
    const withFlags = this.withFlags;
    for (let i = 0; i < n; i++) {
      let gap = 0;
      let scale = 1;
      for (;;) {
        if (at === end) {
          address = readUint32(chunk, at);
          level++;
          chunk = chunks[Math.floor(address / CHUNK_SIZE)]!;
          at = address & OFFSET_MASK;
          end = at + blockSize(level) - 4;
        }
        const byte = chunk[at++]!;
        // A multiplier, not a shift: gaps may pass 2³¹ in a large arena.
        gap += (byte & 0x7f) * scale;
        if (byte < 0x80) break;
        scale *= 0x80;
      }
      doc = i === 0 ? gap : doc + gap;
      docs[i] = doc;
      if (withFlags) {
        if (at === end) {
          address = readUint32(chunk, at);
          level++;
          chunk = chunks[Math.floor(address / CHUNK_SIZE)]!;
          at = address & OFFSET_MASK;
          end = at + blockSize(level) - 4;
        }
        const flag = chunk[at++]!;
        if (flags) flags[i] = flag;
      }
    }
    return n;
  }

  private grow(needed: number): void {
    if (needed > this.capacity) {
      const capacity = Math.max(needed, Math.ceil(this.capacity * 1.5), 1024);
      const widen = <T extends Uint32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
        const wider = make(capacity);
        wider.set(array);
        return wider;
      };
      this.head = widen(this.head, (n) => new Uint32Array(n));
      this.tail = widen(this.tail, (n) => new Uint32Array(n));
      this.limit = widen(this.limit, (n) => new Uint32Array(n));
      this.last = widen(this.last, (n) => new Uint32Array(n));
      this.count = widen(this.count, (n) => new Uint32Array(n));
      this.level = widen(this.level, (n) => new Uint8Array(n));
      this.capacity = capacity;
    }
    this.terms = needed;
  }

  /** Bytes held by the lists and their bookkeeping. */
  get byteLength(): number {
    return this.arena.byteLength + this.capacity * 21;
  }

  toSnapshot(): PostingStoreSnapshot {
    const t = this.terms;
    return {
      withFlags: this.withFlags,
      terms: t,
      head: this.head.slice(0, t),
      tail: this.tail.slice(0, t),
      limit: this.limit.slice(0, t),
      last: this.last.slice(0, t),
      count: this.count.slice(0, t),
      level: this.level.slice(0, t),
      arena: this.arena.toSnapshot(),
    };
  }

  static fromSnapshot(snapshot: PostingStoreSnapshot): PostingStore {
    const store = new PostingStore(snapshot.withFlags);
    store.arena = ByteArena.fromSnapshot(snapshot.arena);
    store.grow(snapshot.terms);
    store.head.set(snapshot.head);
    store.tail.set(snapshot.tail);
    store.limit.set(snapshot.limit);
    store.last.set(snapshot.last);
    store.count.set(snapshot.count);
    store.level.set(snapshot.level);
    return store;
  }
}
