// Search keys ↔ term numbers, and the keys grouped by their first three letters so a prefix
// query scans a small group instead of every key.

const BUCKET = 3;
/** Keys of filter terms (source, tag) start with this; they are never completions of a prefix. */
export const FILTER_KEY_MARK = '\u0001';

export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly buckets = new Map<string, number[]>();

  get size(): number {
    return this.keys.length;
  }

  idOf(key: string): number | undefined {
    return this.ids.get(key);
  }

  keyOf(id: number): string {
    return this.keys[id]!;
  }

  /** The key's term number, adding the key when it is new. */
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.ids.set(key, id);
      if (!key.startsWith(FILTER_KEY_MARK)) this.bucketOf(key.slice(0, BUCKET), true)!.push(id);
    }
    return id;
  }

  private bucketOf(head: string, create: boolean): number[] | undefined {
    let bucket = this.buckets.get(head);
    if (!bucket && create) this.buckets.set(head, (bucket = []));
    return bucket;
  }

  /**
   * Terms whose key starts with `prefix` (at least 2 characters), the key itself included.
   * Linear in the size of the prefix's group (one group for 3+ characters).
   */
  completions(prefix: string): number[] {
    if (prefix.length < 2) return [];
    const found: number[] = [];
    const scan = (bucket: readonly number[]) => {
      for (const id of bucket) if (this.keys[id]!.startsWith(prefix)) found.push(id);
    };
    if (prefix.length >= BUCKET) {
      const bucket = this.bucketOf(prefix.slice(0, BUCKET), false);
      if (bucket) scan(bucket);
    } else {
      for (const [head, bucket] of this.buckets) if (head.startsWith(prefix)) scan(bucket);
    }
    return found;
  }

  /** All keys in term order, one string (keys never contain a line feed). */
  toSnapshot(): string {
    return this.keys.join('\n');
  }

  static fromSnapshot(keys: string): TermDictionary {
    const dictionary = new TermDictionary();
    if (keys.length > 0) for (const key of keys.split('\n')) dictionary.intern(key);
    return dictionary;
  }
}
