import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotebookDatabase } from '../storage/database';
import { importSources } from '../storage/importSources';
import { seedCorpusOnce } from '../storage/seedCorpus';
import { openTestDatabase } from '../storage/testDatabase';
import { announceJournalWrites, onJournalAnnounced } from './journalChannel';
import { SearchService, type SavePolicy } from './searchService';

// Two windows (web tabs) each run a search service over the one database: writes from either,
// saves racing each other. No journal line may be lost, no window may store an index older than
// the stored one, and each finds what the other imported.

const corpusDir = join(import.meta.dirname, '../../corpus');
const corpus = readdirSync(corpusDir)
  .sort()
  .map((fileName) => ({ fileName, bytes: new Uint8Array(readFileSync(join(corpusDir, fileName))) }));
// Tests store the index only when they ask (flush), never on a timer.
const MANUAL: SavePolicy = { smallIndexBytes: 0, quietMs: 0, batchChanges: Infinity, largeIndexMs: 3_600_000 };

let db: NotebookDatabase;
const start = () => new SearchService(db, () => undefined, MANUAL);
const titles = async (service: SearchService, query: string) => (await service.search({ query })).hits.map((hit) => hit.title);

beforeEach(async () => {
  db = openTestDatabase();
  await seedCorpusOnce(db, corpus);
});
afterEach(async () => {
  await db.delete();
});

describe('two windows, each with its own search service over one database', () => {
  const header = async () => ((await db.searchIndex.get('header'))?.value as { appliedSeq: number } | undefined)?.appliedSeq;
  const importText = async (title: string, body: string) => {
    const [outcome] = await importSources(db, [{ fileName: `${title}.txt`, bytes: new TextEncoder().encode(`${title}\n\n${body}`) }]);
    expect(outcome!.status).toBe('imported');
  };
  // A number per report, all of one length (none is a prefix of another; letters would meet
  // other words through the transliteration folding).
  const word = (n: number) => String(1000 + n);

  it('never stores an index older than the stored one, and a window behind catches up with no line lost', async () => {
    const a = start();
    const b = start();
    await Promise.all([a.whenReady(), b.whenReady()]);
    await importText('Report one', 'The quokka census began.');
    await b.sync();
    await importText('Report two', 'The wombat census ended.');
    await a.sync();
    await a.flush();
    const stored = await header();
    expect(await db.searchJournal.count()).toBe(0);
    // B has taken in only the first report: its save must not replace A's index.
    await b.flush();
    expect(await header()).toBe(stored);
    // The journal lines B missed are gone; it continues from A's stored index instead.
    await b.sync();
    expect(await titles(b, 'wombat')).toEqual(['Report two']);
    expect(await titles(b, 'quokka')).toEqual(['Report one']);
    const later = start();
    expect([...(await titles(later, 'census'))].sort()).toEqual(['Report one', 'Report two']);
  });

  it('only the window holding the writer lock stores the index; another takes over when it closes', async () => {
    let handOver = () => undefined as void;
    const a = new SearchService(db, () => undefined, MANUAL, Promise.resolve());
    const b = new SearchService(db, () => undefined, MANUAL, new Promise<void>((granted) => (handOver = granted)));
    await Promise.all([a.whenReady(), b.whenReady()]);
    await a.flush();
    const stored = await header();
    await importText('Report three', 'The echidna census.');
    await b.sync();
    await b.flush();
    // B is ahead of the stored index but may not store it; the journal keeps the line for A.
    expect(await header()).toBe(stored);
    expect(await db.searchJournal.count()).toBeGreaterThan(0);
    expect(await titles(b, 'echidna')).toEqual(['Report three']);
    await a.sync();
    expect(await titles(a, 'echidna')).toEqual(['Report three']);
    // A's window closes: the browser grants the lock to B, which stores what it took in.
    handOver();
    await b.whenReady();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await b.flush();
    expect(await header()).toBeGreaterThan(stored ?? 0);
    expect(await db.searchJournal.count()).toBe(0);
  });

  it('finds in one window a source imported in the other, told over the journal channel', async () => {
    const stopAnnouncing = announceJournalWrites();
    const other = start();
    await other.whenReady();
    const stopListening = onJournalAnnounced(() => void other.sync(), 5);
    try {
      await importText('Report four', 'The numbat census.');
      await expect.poll(() => titles(other, 'numbat'), { timeout: 5_000 }).toEqual(['Report four']);
    } finally {
      stopListening();
      stopAnnouncing();
    }
  });

  it('interleaved imports, syncs, saves and restarts in two windows lose nothing and never go back', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const windows = [start(), start()];
    await Promise.all(windows.map((service) => service.whenReady()));
    let imported = 0;
    let lastStored = (await header()) ?? 0;
    for (let step = 0; step < 120; step++) {
      const roll = random();
      const window = Math.floor(random() * 2);
      if (roll < 0.3) await importText(`Report ${word(imported)}`, `Census ${word(imported++)}.`);
      else if (roll < 0.6) await windows[window]!.sync();
      else if (roll < 0.9) await windows[window]!.flush();
      else windows[window] = start();
      const stored = (await header()) ?? 0;
      expect(stored).toBeGreaterThanOrEqual(lastStored);
      lastStored = stored;
    }
    expect(imported).toBeGreaterThan(20);
    const reopened = start();
    for (const service of [...windows, reopened]) {
      await service.sync();
      for (let n = 0; n < imported; n++) expect(await titles(service, word(n))).toEqual([`Report ${word(n)}`]);
    }
  });
});
