import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ratio } from '../report';

// Start-up to interactive in the web build in Chromium: a notebook of the five bundled articles
// against the same notebook with 100,000 more sources stored. Interactive = the Sources list
// shows its first button and the searchbox is there (the moment the analyst can act). The large
// notebook is measured once its search index is built and stored, as every later start sees it;
// the two notebooks live in two browser profiles on disk and are started in turns.

export interface StartupBenchResult {
  readonly sources: number;
  readonly smallMs: number;
  readonly largeMs: number;
  readonly ratio: Ratio;
}

/** Milliseconds from navigation start to the first source button, after a reload. */
async function startupTime(page: Page): Promise<number> {
  await page.reload();
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          const ready = document.querySelector('nav[aria-label="Sources"] button') && document.querySelector('input[type="search"]');
          if (ready) requestAnimationFrame(() => resolve(performance.now()));
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

const median = (times: readonly number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/**
 * Medians of `runs` starts of each notebook, taken in turns (one small, one large, …) so a load
 * that comes and goes on a shared machine weighs on both sides alike. One warm-up turn first.
 */
async function startupTimes(small: Page, large: Page, runs: number): Promise<{ smallMs: number; largeMs: number }> {
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const smallMs = await startupTime(small);
    const largeMs = await startupTime(large);
    if (i === 0) continue; // the first turn warms the caches
    smallTimes.push(smallMs);
    largeTimes.push(largeMs);
  }
  return { smallMs: median(smallTimes), largeMs: median(largeTimes) };
}

/**
 * Writes `count` sources (≈2 kB of text each), their summaries, the number of sources and their
 * search-journal lines straight into IndexedDB — what importing them would store — so the worker
 * indexes them incrementally from the journal.
 */
async function addSources(page: Page, count: number): Promise<void> {
  for (let from = 0; from < count; from += 5_000) {
    await page.evaluate(
      ([start, end]) =>
        new Promise<void>((resolve, reject) => {
          const words = ['protest', 'Almaty', 'police', 'fuel', 'prices', 'government', 'Tokayev', 'reform', 'arrested', 'security', 'council', 'region'];
          const open = indexedDB.open('margin');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            // The number of sources, kept beside them as every import keeps it (schema v4 on, see
            // renderer/storage/sourceCount.ts; an older build, measured for comparison, has none).
            const counted = db.objectStoreNames.contains('counts');
            const tx = db.transaction(['sources', 'sourceSummaries', 'searchJournal', ...(counted ? ['counts'] : [])], 'readwrite');
            if (counted) {
              const counts = tx.objectStore('counts');
              const stored = counts.get('sources');
              stored.onsuccess = () => counts.put({ ...stored.result, table: 'sources', count: (stored.result?.count ?? 0) + (end - start) });
            }
            for (let i = start; i < end; i++) {
              const id = `src_bench${String(i).padStart(7, '0')}`;
              const title = `Report ${i}: ${words[i % 12]} and ${words[(i * 7) % 12]}`;
              const sentence = Array.from({ length: 14 }, (_, w) => words[(i + w * 5) % 12]).join(' ');
              const text = Array.from({ length: 16 }, () => `${sentence}.`).join(' ');
              const summary = { id, title, outlet: 'Bench', authors: [], publishedAt: '2022-01' };
              tx.objectStore('sources').put({
                ...summary, contentKey: `bench-${i}`, url: null, language: 'en', importedAt: '2026-01-01T00:00:00.000Z',
                origin: { fileName: `${id}.txt`, mediaType: 'text/plain', encoding: 'utf-8', sha256: 'bench' },
                text, blocks: [{ start: 0, end: text.length, kind: 'body' }],
              });
              tx.objectStore('sourceSummaries').put(summary);
              tx.objectStore('searchJournal').add({ table: 'sources', key: id });
            }
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      [from, Math.min(count, from + 5_000)] as const,
    );
  }
}

/** The search index holds every generated source (the worker answers "N results"), and is stored. */
async function waitForSearchIndex(page: Page, count: number): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(count > 0 ? 'Report' : 'Tokayev');
  const summary = page.getByRole('region', { name: 'Search results' }).getByRole('status');
  const wanted = count > 0 ? new RegExp(`^${count.toLocaleString('en-US')} results`) : /results?/;
  await summary.filter({ hasText: wanted }).waitFor({ timeout: 30 * 60_000 });
  // The worker has stored the index once every journal line is in it (a save drops the lines it
  // includes): only then is the notebook as every later start finds it.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('margin');
        open.onsuccess = () => {
          const db = open.result;
          const lines = db.transaction('searchJournal').objectStore('searchJournal').count();
          lines.onsuccess = () => {
            db.close();
            resolve(lines.result === 0);
          };
        };
      }),
    undefined,
    { polling: 1_000, timeout: 30 * 60_000 },
  );
  // Let the storage settle (the last save's commit) before the timed starts.
  await page.waitForTimeout(2_000);
}

export async function runStartupBench(count = 100_000, runs = 5, log: (line: string) => void = () => undefined): Promise<StartupBenchResult> {
  const root = join(import.meta.dirname, '../..');
  const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/web.ts')], { env: { MARGIN_WEB_DIR: 'dist/web-bench', ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [chunk] = (await once(server.stdout, 'data')) as [Buffer];
    const url = chunk.toString().trim();
    // Two browser profiles on disk, one per notebook, as an analyst's notebook is stored (a
    // private context would keep IndexedDB in memory, where reading and counting cost less).
    const profiles = await mkdtemp(join(tmpdir(), 'margin-startup-'));
    const contexts: BrowserContext[] = [];
    try {
      const open = async (name: string) => {
        const context = await chromium.launchPersistentContext(join(profiles, name), {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu'],
          viewport: { width: 1440, height: 900 },
        });
        contexts.push(context);
        const page = context.pages()[0] ?? (await context.newPage());
        await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
        await page.goto(url);
        await page.getByRole('navigation', { name: 'Sources' }).getByRole('button').first().waitFor();
        await waitForSearchIndex(page, 0);
        return page;
      };
      const small = await open('small');
      const large = await open('large');
      log(`Storing ${count.toLocaleString('en')} sources in the browser…`);
      await addSources(large, count);
      await large.reload();
      log('Waiting for the search worker to index them…');
      await waitForSearchIndex(large, count);
      log(`Start-up with the five bundled articles and with ${count.toLocaleString('en')} more, in turns…`);
      const { smallMs, largeMs } = await startupTimes(small, large, runs);
      const value = largeMs / smallMs;
      return { sources: count, smallMs, largeMs, ratio: { name: `start-up, ${count.toLocaleString('en')} sources / none`, value, bound: 1.1, rule: 'at most', pass: value <= 1.1 } };
    } finally {
      for (const context of contexts) await context.close();
      await rm(profiles, { recursive: true, force: true });
    }
  } finally {
    server.kill();
  }
}
