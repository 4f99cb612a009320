import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import { readSourceList } from './sourceList';

// The Sources list's read: the stored number of sources and the rows in view, in title order.

const source = (n: number) => {
  const id = `src_${String(n).padStart(4, '0')}`;
  return {
    id, contentKey: `k-${id}`, title: `Report ${String(n).padStart(4, '0')}`, outlet: 'Bench', authors: [], publishedAt: '2022-01', url: null, language: 'en',
    importedAt: '2026-01-01T00:00:00.000Z', origin: { fileName: `${id}.txt`, mediaType: 'text/plain', encoding: 'utf-8', sha256: 'x' },
    text: 'Text.', blocks: [{ start: 0, end: 5, kind: 'body' as const }],
  };
};
const titles = (list: { sources: readonly { title: string }[] }) => list.sources.map((summary) => summary.title);

beforeEach(async () => {
  await db.sources.clear();
});
afterAll(async () => {
  await db.delete();
});

describe('the Sources list read', () => {
  it('gives a short list whole, whatever stretch is asked', async () => {
    await db.sources.bulkAdd([3, 1, 2].map(source));
    expect(await readSourceList(0, 25, 300)).toEqual({ count: 3, offset: 0, sources: expect.any(Array) });
    expect(titles(await readSourceList(0, 25, 300))).toEqual(['Report 0001', 'Report 0002', 'Report 0003']);
    await db.sources.bulkAdd(Array.from({ length: 40 }, (_, i) => source(100 + i)));
    const list = await readSourceList(25, 25, 300);
    expect([list.count, list.offset, list.sources.length]).toEqual([43, 0, 43]);
  });

  it('gives the stretch asked of a long list, with the number of sources', async () => {
    await db.sources.bulkAdd(Array.from({ length: 320 }, (_, i) => source(i)));
    const first = await readSourceList(0, 25, 300);
    expect([first.count, first.offset]).toEqual([320, 0]);
    expect(titles(first)).toEqual(Array.from({ length: 25 }, (_, i) => `Report ${String(i).padStart(4, '0')}`));
    const further = await readSourceList(300, 50, 300);
    expect([further.count, further.offset, further.sources.length]).toEqual([320, 300, 20]);
    expect(titles(further)[0]).toBe('Report 0300');
  });
});
