// A pool of bytes in fixed chunks, so a million small posting lists cost one typed array per
// 4 MiB instead of one object each. Blocks are handed out and never freed one by one: a
// compaction copies what is live into a new arena.

export const CHUNK_BITS = 22;
export const CHUNK_SIZE = 1 << CHUNK_BITS;
export const OFFSET_MASK = CHUNK_SIZE - 1;

/** What an arena is made of, for a snapshot (structured-cloneable). */
export interface ByteArenaSnapshot {
  readonly chunks: readonly Uint8Array[];
  readonly used: number;
}

export class ByteArena {
  /** Addresses are `chunk << CHUNK_BITS | offset`; a block never spans two chunks. */
  readonly chunks: Uint8Array[] = [];
  private used = CHUNK_SIZE;

  /** A new block of `size` bytes (≤ CHUNK_SIZE); returns its address. */
  allocate(size: number): number {
    if (this.used + size > CHUNK_SIZE) {
      if (this.chunks.length >= 1 << (32 - CHUNK_BITS)) throw new Error('The search index is full (4 GiB).');
      this.chunks.push(new Uint8Array(CHUNK_SIZE));
      this.used = 0;
    }
    const address = (this.chunks.length - 1) * CHUNK_SIZE + this.used;
    this.used += size;
    return address;
  }

  setByte(address: number, value: number): void {
    this.chunks[Math.floor(address / CHUNK_SIZE)]![address & OFFSET_MASK] = value;
  }

  writeUint32(address: number, value: number): void {
    const chunk = this.chunks[Math.floor(address / CHUNK_SIZE)]!;
    const at = address & OFFSET_MASK;
    chunk[at] = value & 0xff;
    chunk[at + 1] = (value >>> 8) & 0xff;
    chunk[at + 2] = (value >>> 16) & 0xff;
    chunk[at + 3] = value >>> 24;
  }

  /** Bytes held (whole chunks: what the arena costs in memory). */
  get byteLength(): number {
    return this.chunks.length * CHUNK_SIZE;
  }

  toSnapshot(): ByteArenaSnapshot {
    // The last chunk is cut to what is used; whole chunks are shared, not copied (a structured
    // clone copies them when the snapshot is stored).
    const chunks = this.chunks.map((chunk, i) => (i === this.chunks.length - 1 ? chunk.slice(0, this.used) : chunk));
    return { chunks, used: this.used };
  }

  static fromSnapshot(snapshot: ByteArenaSnapshot): ByteArena {
    const arena = new ByteArena();
    for (const [i, chunk] of snapshot.chunks.entries()) {
      if (chunk.length === CHUNK_SIZE) arena.chunks.push(chunk);
      else {
        if (i !== snapshot.chunks.length - 1) throw new Error('A search index chunk is cut short.');
        const whole = new Uint8Array(CHUNK_SIZE);
        whole.set(chunk);
        arena.chunks.push(whole);
      }
    }
    arena.used = arena.chunks.length === 0 ? CHUNK_SIZE : snapshot.used;
    return arena;
  }
}

/** Reads the 32-bit little-endian number at `at` in `chunk`. */
export function readUint32(chunk: Uint8Array, at: number): number {
  return (chunk[at]! | (chunk[at + 1]! << 8) | (chunk[at + 2]! << 16) | (chunk[at + 3]! << 24)) >>> 0;
}
