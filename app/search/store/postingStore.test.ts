import { describe, expect, it } from 'vitest';
import { PostingStore } from './postingStore';

describe('PostingStore', () => {
  it('gives back every document and flag across many blocks, small and large gaps alike', () => {
    const store = new PostingStore(true);
    const expected = new Map<number, [number, number][]>();
    let doc = 0;
    for (let i = 0; i < 20_000; i++) {
      doc += i % 97 === 0 ? 300_000 : 1 + (i % 5); // gaps of 1 to 3 bytes
      for (const term of [0, i % 7, 3 + (i % 2)]) {
        const list = expected.get(term) ?? [];
        if (list.at(-1)?.[0] === doc) continue;
        list.push([doc, (doc * 7) & 0xff]);
        expected.set(term, list);
        store.append(term, doc, (doc * 7) & 0xff);
      }
    }
    for (const [term, list] of expected) {
      const docs = new Uint32Array(store.countOf(term));
      const flags = new Uint8Array(docs.length);
      expect(store.decode(term, docs, flags)).toBe(list.length);
      expect([...docs].map((d, i) => [d, flags[i]])).toEqual(list);
    }
  });

  it('survives a snapshot and keeps appending after it', () => {
    const store = new PostingStore(false);
    for (let doc = 0; doc < 5_000; doc += 3) store.append(doc % 11, doc);
    const restored = PostingStore.fromSnapshot(structuredClone(store.toSnapshot()));
    restored.append(4, 10_000);
    const docs = new Uint32Array(restored.countOf(4));
    restored.decode(4, docs, null);
    expect(docs.at(-1)).toBe(10_000);
    expect(docs.at(-2)).toBe([...Array(5_000).keys()].filter((d) => d % 3 === 0 && d % 11 === 4).at(-1));
  });
});
