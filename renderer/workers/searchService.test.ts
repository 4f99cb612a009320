import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClaimFromPassage } from '../storage/claims';
import type { NotebookDatabase } from '../storage/database';
import { importSources } from '../storage/importSources';
import { createMemo, saveMemo } from '../storage/memos';
import { seedCorpusOnce } from '../storage/seedCorpus';
import { updateSourceMetadata } from '../storage/sources';
import { openTestDatabase } from '../storage/testDatabase';
import type { SearchStatus } from './searchProtocol';
import { SearchService, type SavePolicy } from './searchService';

const corpusDir = join(import.meta.dirname, '../../corpus');
const corpus = readdirSync(corpusDir)
  .sort()
  .map((fileName) => ({ fileName, bytes: new Uint8Array(readFileSync(join(corpusDir, fileName))) }));
const text = (body: string) => ({ fileName: 'extra.txt', bytes: new TextEncoder().encode(body) });
/** A memo's content: one paragraph of `words`. */
const paragraph = (words: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: words }] }] } });
// Tests store the index only when they ask (flush), never on a timer.
const MANUAL: SavePolicy = { smallIndexBytes: 0, quietMs: 0, batchChanges: Infinity, largeIndexMs: 3_600_000 };

/** Tags the FT's "More than 160 people…" as the claim "More than 160 killed"; returns its source and offset. */
async function claimTheDeathToll(tagNames: string[]) {
  const source = (await db.sources.filter((s) => s.text.includes('More than 160 people')).first())!;
  const at = source.text.indexOf('More than 160 people');
  await addClaimFromPassage(db, source, at, at + 60, { statement: 'More than 160 killed', attribution: 'FT', tagNames, status: 'unverified' });
  return { source, at };
}

let db: NotebookDatabase;
let statuses: SearchStatus[];
const start = () => new SearchService(db, (status) => statuses.push(status), MANUAL);
const titles = async (service: SearchService, query: string) => (await service.search({ query })).hits.map((hit) => hit.title);

beforeEach(async () => {
  db = openTestDatabase();
  statuses = [];
  await seedCorpusOnce(db, corpus);
});
afterEach(async () => {
  await db.delete();
});

describe('SearchService', () => {
  it('builds the index on first start and finds every spelling of a name', async () => {
    const service = start();
    await service.whenReady();
    expect(statuses.map((s) => s.state)).toEqual(expect.arrayContaining(['opening', 'indexing', 'ready']));
    const found = await titles(service, 'Toqaev');
    // Every article names him, spelled Tokayev in three and Toqaev in two.
    expect(found).toHaveLength(5);
    expect((await titles(service, 'Nour-Sultan')).length).toBeGreaterThanOrEqual(3);
  });

  it('follows imports, edits and deletes through the journal', async () => {
    const service = start();
    await service.whenReady();
    const [outcome] = await importSources(db, [text('A new report\n\nPresident Токаев visited the quokka sanctuary.')]);
    const id = outcome!.status === 'imported' ? outcome!.sourceId : '';
    await service.sync();
    expect(await titles(service, 'Tokayev quokka')).toEqual(['A new report']);
    const source = (await db.sources.get(id))!;
    await updateSourceMetadata(db, id, { title: 'Renamed report', outlet: null, authors: [], publishedAt: null, url: null });
    await service.sync();
    expect(await titles(service, 'Tokayev quokka')).toEqual(['Renamed report']);
    await db.sources.delete(source.id);
    await service.sync();
    expect(await titles(service, 'Tokayev quokka')).toEqual([]);
  });

  it('finds claims and memos, and opens a claim at its passage', async () => {
    const service = start();
    await service.whenReady();
    const { source, at } = await claimTheDeathToll(['death toll']);
    const memo = await createMemo(db, 'Unrest memo');
    await saveMemo(db, { ...memo, content: paragraph('Casualty figures disagree.') });
    await service.sync();
    const claims = await service.search({ query: '160 kind:claim' });
    expect(claims.hits.map((hit) => [hit.title, hit.sourceId, hit.passage])).toEqual([
      ['More than 160 killed', source.id, { start: at, end: at + 60, text: source.text.slice(at, at + 60) }],
    ]);
    expect(await titles(service, 'tag:"death toll"  killed')).toEqual(['More than 160 killed']);
    expect(await titles(service, 'casualty')).toEqual(['Unrest memo']);
  });

  it('takes in a memo being written once its saves pause, or with any other change', async () => {
    const service = new SearchService(db, (status) => statuses.push(status), { ...MANUAL, memoQuietMs: 150, memoMaxWaitMs: 10_000 });
    await service.whenReady();
    const memo = await createMemo(db, 'Unrest memo');
    const write = (words: string) => saveMemo(db, { ...memo, content: paragraph(words) });
    await write('Casualty figures disagree.');
    await service.sync();
    expect(await titles(service, 'casualty')).toEqual([]);
    await expect.poll(() => titles(service, 'casualty'), { timeout: 2_000 }).toEqual(['Unrest memo']);

    await write('Wombat counts disagree.');
    await service.sync();
    expect(await titles(service, 'wombat')).toEqual([]);
    // A claim made meanwhile is found at once, and the memo with it.
    await claimTheDeathToll([]);
    await service.sync();
    expect(await titles(service, 'wombat')).toEqual(['Unrest memo']);
    expect(await titles(service, 'killed kind:claim')).toEqual(['More than 160 killed']);
  });

  it('takes in a memo saved without pause at most memoMaxWaitMs after its first save', async () => {
    const service = new SearchService(db, (status) => statuses.push(status), { ...MANUAL, memoQuietMs: 200, memoMaxWaitMs: 400 });
    await service.whenReady();
    const memo = await createMemo(db, 'Typed memo');
    const started = Date.now();
    let found = false;
    for (let i = 0; i < 12 && !found; i += 1) {
      await saveMemo(db, { ...memo, content: paragraph(`Saved ${i} times, quokka.`) });
      await service.sync();
      await new Promise((resolve) => setTimeout(resolve, 100)); // a save every 100 ms: never a 200 ms pause
      found = (await titles(service, 'quokka')).length > 0;
    }
    expect(found).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('opens the stored index on the next start instead of rebuilding, and catches up with the journal', async () => {
    const first = start();
    await first.whenReady();
    await first.flush();
    await importSources(db, [text('Written while closed\n\nNazarbaev fed the wombats.')]);
    statuses = [];
    const second = start();
    await second.whenReady();
    expect(statuses.map((s) => s.state)).not.toContain('indexing');
    expect(await titles(second, 'Nazarbayev wombats')).toEqual(['Written while closed']);
  });

  it('rebuilds when a table was cleared (a restore replaced the notebook)', async () => {
    const service = start();
    await service.whenReady();
    await db.memos.clear();
    await db.sources.clear();
    statuses = [];
    await service.sync();
    expect(statuses.map((s) => s.state)).toContain('indexing');
    expect(await titles(service, 'Tokayev')).toEqual([]);
  });

  it('rebuilds a stored index of another version', async () => {
    const first = start();
    await first.whenReady();
    await first.flush();
    const header = (await db.searchIndex.get('header'))!;
    await db.searchIndex.put({ key: 'header', value: { ...(header.value as object), version: -1 } });
    statuses = [];
    const second = start();
    await second.whenReady();
    expect(statuses.map((s) => s.state)).toContain('indexing');
    expect(await titles(second, 'Toqaev')).toHaveLength(5);
  });
});
