import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchDocument } from './document';
import { search, type SearchOptions } from './search';
import { SearchIndex } from './store/searchIndex';
import { MemoryDocuments, sourceDocument } from './testing/documents';

let index: SearchIndex;
let store: MemoryDocuments;

function add(document: SearchDocument): void {
  index.add(store.put(document));
}

async function titles(query: string, options: Partial<SearchOptions> = {}): Promise<string[]> {
  const results = await search(index, query, { load: store.load, ...options });
  return results.hits.map((hit) => hit.title);
}

beforeEach(() => {
  index = new SearchIndex();
  store = new MemoryDocuments();
  add(sourceDocument('src_a', 'Voices from Kazakhstan', 'President Kassym-Jomart Tokayev asked Russian-led forces for help. More than 160 people were killed.', { names: ['Financial Times'], date: '2022-01-20' }));
  add(sourceDocument('src_b', 'Police block opposition rallies', 'President Qasym-Zhomart Toqaev pledged reforms after succeeding Nursultan Nazarbaev in Nur-Sultan.', { names: ['RFE/RL'], date: '2019-06' }));
  add(sourceDocument('src_c', 'Дело о беспорядках', 'Президент Токаев заявил о попытке переворота. Police fired without warning.', { date: '2022' }));
  add(sourceDocument('src_d', 'Weather in Almaty', 'Snow is expected in the capital Nour-Sultan and in Almaty this week.', { date: '2021-12-16' }));
});

describe('search: words, AND, phrases, prefixes', () => {
  it('finds every spelling of a name from any spelling', async () => {
    expect((await titles('Toqaev')).sort()).toEqual(['Police block opposition rallies', 'Voices from Kazakhstan', 'Дело о беспорядках']);
    expect((await titles('Токаев')).sort()).toEqual(['Police block opposition rallies', 'Voices from Kazakhstan', 'Дело о беспорядках']);
  });

  it('needs every word (AND)', async () => {
    expect(await titles('Tokayev reforms')).toEqual(['Police block opposition rallies']);
    expect(await titles('Tokayev snow')).toEqual([]);
  });

  it('matches hyphenated names written apart, together or in French', async () => {
    expect((await titles('Nur-Sultan')).sort()).toEqual(['Police block opposition rallies', 'Weather in Almaty']);
    expect((await titles('Nursultan')).sort()).toEqual(['Police block opposition rallies', 'Weather in Almaty']);
  });

  it('checks that a quoted phrase occurs in a row', async () => {
    add(sourceDocument('src_e', 'Scrambled', 'Warning: police said nothing without a reason.'));
    expect(await titles('"without warning"')).toEqual(['Дело о беспорядках']);
    expect((await titles('without warning')).sort()).toEqual(['Scrambled', 'Дело о беспорядках']);
  });

  it('finds a phrase in other spellings too', async () => {
    expect((await titles('"Qasym-Jomart Tokaev"')).sort()).toEqual(['Police block opposition rallies', 'Voices from Kazakhstan']);
  });

  it('expands prefix* over every word, and the word being typed over titles and names', async () => {
    expect((await titles('Nazarb*'))).toEqual(['Police block opposition rallies']);
    expect(await titles('Almat')).toEqual([]);
    expect(await titles('Almat', { asYouType: true })).toEqual(['Weather in Almaty']);
    expect(await titles('financ', { asYouType: true })).toEqual(['Voices from Kazakhstan']);
  });

  it('ranks title matches above body matches', async () => {
    expect((await titles('Almaty'))[0]).toBe('Weather in Almaty');
  });
});

describe('search: results', () => {
  it('gives a snippet around the hit with the hit marked, and the passage in the source', async () => {
    const { hits } = await search(index, 'Toqaev', { load: store.load });
    const hit = hits.find((h) => h.id === 'src_a')!;
    const mark = hit.snippet.marks[0]!;
    expect(hit.snippet.text.slice(mark.start, mark.end)).toBe('Tokayev');
    const text = (await store.load(['src_a']))[0]!.body;
    expect(text.slice(hit.passage!.start, hit.passage!.end)).toBe('Tokayev');
    expect(hit.sourceId).toBe('src_a');
  });

  it('cuts long texts on word boundaries, saying where it cut', async () => {
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Here the police fired without warning on the crowd. ${'Sed do eiusmod tempor. '.repeat(20)}`;
    add(sourceDocument('src_long', 'Long', long));
    const { hits } = await search(index, '"fired without warning"', { load: store.load });
    const { snippet } = hits.find((hit) => hit.id === 'src_long')!;
    expect(snippet.cutBefore && snippet.cutAfter).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(200);
    expect(snippet.text).toMatch(/^\S+ .* \S+$/);
    expect(snippet.marks.map((m) => snippet.text.slice(m.start, m.end))).toEqual(['fired without warning']);
  });
});

describe('search: filters', () => {
  beforeEach(() => {
    add({ id: 'hl_1', kind: 'highlight', title: 'Voices from Kazakhstan', names: [], body: 'More than 160 people were killed.', sourceIds: ['src_a'], tags: [], date: '2022-01-20', passage: { start: 70, end: 103, text: 'More than 160 people were killed.' } });
    add({ id: 'clm_1', kind: 'claim', title: 'More than 160 people were killed', names: ['Financial Times', 'death toll'], body: 'More than 160 people were killed', sourceIds: ['src_a', 'src_c'], tags: ['death toll'], date: '2022-01-20' });
    add({ id: 'memo_1', kind: 'memo', title: 'Death toll memo', names: [], body: 'Accounts of the number killed differ.', sourceIds: [], tags: [], date: '2022-02-01' });
  });

  it('by kind', async () => {
    expect(await titles('killed kind:claim')).toEqual(['More than 160 people were killed']);
    expect((await titles('killed', { filters: { kinds: ['highlight', 'memo'] } })).sort()).toEqual(['Death toll memo', 'Voices from Kazakhstan']);
  });

  it('by source, including a claim’s other sources', async () => {
    expect((await titles('killed source:src_a')).length).toBe(3);
    expect(await titles('killed', { filters: { sourceId: 'src_c' } })).toEqual(['More than 160 people were killed']);
  });

  it('by tag', async () => {
    expect(await titles('killed tag:"Death Toll"')).toEqual(['More than 160 people were killed']);
    expect(await titles('killed tag:nothing')).toEqual([]);
  });

  it('by date range, partial dates overlapping', async () => {
    expect((await titles('Tokayev from:2022-01 to:2022-12')).sort()).toEqual(['Voices from Kazakhstan', 'Дело о беспорядках']);
    expect(await titles('Tokayev to:2020')).toEqual(['Police block opposition rallies']);
  });

  it('opens a passage hit at its place in the source', async () => {
    const { hits } = await search(index, '160 kind:highlight', { load: store.load });
    expect(hits[0]).toMatchObject({ kind: 'highlight', sourceId: 'src_a', passage: { start: 70, end: 103, text: 'More than 160 people were killed.' } });
  });
});

describe('search: incremental changes', () => {
  it('replaces a document that is added again', async () => {
    add(sourceDocument('src_d', 'Weather in Astana', 'Rain in Astana.'));
    expect(await titles('Almaty')).toEqual([]);
    expect(await titles('rain')).toEqual(['Weather in Astana']);
    expect(index.size).toBe(4);
  });

  it('forgets a removed document, and after a compaction too', async () => {
    index.remove('src_b');
    store.delete('src_b');
    expect((await titles('Toqaev')).sort()).toEqual(['Voices from Kazakhstan', 'Дело о беспорядках']);
    expect(index.garbage).toBeGreaterThan(0);
    index.compact();
    expect(index.garbage).toBe(0);
    expect((await titles('Toqaev')).sort()).toEqual(['Voices from Kazakhstan', 'Дело о беспорядках']);
    add(sourceDocument('src_f', 'Later', 'Tokayev again.'));
    expect(await titles('Tokayev again')).toEqual(['Later']);
  });

  it('skips documents the store no longer has', async () => {
    store.delete('src_a');
    expect(await titles('Tokayev')).not.toContain('Voices from Kazakhstan');
  });
});

describe('search index snapshot', () => {
  it('round-trips through structured clone, and goes on taking changes', async () => {
    const restored = new SearchIndex(structuredClone(index.toSnapshot()));
    const before = await search(index, 'Tokayev', { load: store.load });
    const after = await search(restored, 'Tokayev', { load: store.load });
    expect(after).toEqual(before);
    restored.add(sourceDocument('src_g', 'New', 'Tokayev once more.'));
    restored.remove('src_c');
    expect((await search(restored, 'Tokayev', { load: store.load })).total).toBe(3);
  });

  it('refuses a snapshot of another version', () => {
    expect(() => new SearchIndex({ ...index.toSnapshot(), version: 0 })).toThrow(/version/);
  });
});
