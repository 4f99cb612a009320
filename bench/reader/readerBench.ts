import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Ratio } from '../report';

// The Reader with 500 highlights in one article against the same article with none, in the web
// build in Chromium: from the click on the source to the frame after its paragraphs (and marks)
// are drawn. Highlights are written straight into the browser's IndexedDB, as the app stores them.
// The words screen readers hear at each mark's edges (invisible generated text) are switched on
// a frame or two after that (Reader.tsx), so they are not in the ratio; `withEdgesMs` says when
// they are on (to the frame after), so the deferred work stays in sight.
// The two articles live in two fresh profiles of one browser and are opened by turns, so a burst
// of load on the shared machine falls on both sides (measured one side after the other, a burst
// during one side moved the ratio between 0.6× and 3×).

const ARTICLE = 'Kazakhstan activists recall path from protest to bloodshed';
const OTHER = 'Dozens dead in unrest in Kazakhstan';

export interface ReaderBenchResult {
  readonly highlights: number;
  readonly withoutMs: number;
  readonly withMs: number;
  /** With highlights: to the frame after the screen-reader words at the marks' edges are on. */
  readonly withEdgesMs: number;
  readonly marksDrawn: number;
  readonly ratio: Ratio;
}

interface RenderTimes {
  /** To the frame after the article is drawn with its marks. */
  readonly drawnMs: number;
  /** To the frame after the Reader switched on the screen-reader words at the marks' edges. */
  readonly edgesMs: number;
}

/** Milliseconds from clicking the article to the frame after it is drawn with `marks` marks. */
async function renderTime(page: Page, marks: number): Promise<RenderTimes> {
  const sources = page.getByRole('navigation', { name: 'Sources' });
  await sources.getByRole('button', { name: OTHER, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: OTHER }).waitFor();
  return page.evaluate(
    ([title, expected]) =>
      new Promise<RenderTimes>((resolve) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Sources"] button')].find((b) => b.textContent === title)!;
        const start = performance.now();
        let drawnMs = 0;
        button.click();
        const check = () => {
          const heading = document.querySelector('article[aria-label="Reader"] h1');
          const drawn = document.querySelectorAll('article[aria-label="Reader"] mark[data-highlight-id]').length;
          // Every mark drawn (a highlight whose quote repeats nearby may share one), or 10 s.
          if ((heading?.textContent === title && drawn >= expected * 0.98) || performance.now() - start > 10_000) {
            requestAnimationFrame(() => {
              drawnMs = performance.now() - start;
              edges();
            });
          } else requestAnimationFrame(check);
        };
        const edges = () => {
          if (document.querySelector('article[aria-label="Reader"] [data-highlight-edges]') || performance.now() - start > 10_000) {
            requestAnimationFrame(() => resolve({ drawnMs, edgesMs: performance.now() - start }));
          } else requestAnimationFrame(edges);
        };
        check();
      }),
    [ARTICLE, marks] as const,
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Writes `count` highlights over the article's text, spread evenly, word to word. */
async function addHighlights(page: Page, count: number): Promise<void> {
  await page.evaluate(
    ([title, wanted]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sources', 'highlights'], 'readwrite');
          const all = tx.objectStore('sources').getAll();
          all.onsuccess = () => {
            const source = (all.result as { id: string; title: string; text: string; blocks: { start: number; end: number; kind: string }[] }[]).find((s) => s.title === title)!;
            const words = [...source.text.matchAll(/\S+/g)].filter((m) => source.blocks.some((b) => b.kind === 'body' && m.index >= b.start && m.index + m[0].length <= b.end));
            const step = Math.max(1, Math.floor(words.length / wanted));
            const now = new Date().toISOString();
            for (let i = 0; i < wanted; i++) {
              const word = words[Math.min(words.length - 1, i * step)]!;
              const start = word.index;
              const end = start + word[0].length;
              tx.objectStore('highlights').put({
                id: `hl_bench${String(i).padStart(4, '0')}`,
                sourceId: source.id,
                selector: { quote: { exact: source.text.slice(start, end), prefix: source.text.slice(Math.max(0, start - 32), start), suffix: source.text.slice(end, end + 32) }, position: { start, end } },
                paragraph: null,
                note: '',
                color: 'yellow',
                createdAt: now,
                updatedAt: now,
              });
            }
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    [ARTICLE, count] as const,
  );
}

/** A fresh profile with the web app open and its Sources list shown. */
async function openApp(browser: Browser, address: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // tsx compiles the functions handed to page.evaluate with a name helper the page lacks.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.goto(address);
  await page.getByRole('navigation', { name: 'Sources' }).getByRole('button', { name: ARTICLE, exact: true }).waitFor();
  return page;
}

/** Serves the web build, opens two fresh profiles in Chromium and measures both renders by turns. */
export async function runReaderBench(highlights = 500, runs = 9): Promise<ReaderBenchResult> {
  const root = join(import.meta.dirname, '../..');
  const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/web.ts')], { env: { MARGIN_WEB_DIR: 'dist/web-bench', ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [chunk] = (await once(server.stdout, 'data')) as [Buffer];
    const address = chunk.toString().trim();
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const plain = await openApp(browser, address);
      const marked = await openApp(browser, address);
      await addHighlights(marked, highlights);
      await marked.reload();
      await marked.getByRole('navigation', { name: 'Sources' }).getByRole('button', { name: ARTICLE, exact: true }).waitFor();
      // One unmeasured opening each, then turns.
      await renderTime(plain, 0);
      await renderTime(marked, highlights);
      const without: RenderTimes[] = [];
      const withMarks: RenderTimes[] = [];
      for (let i = 0; i < runs; i++) {
        without.push(await renderTime(plain, 0));
        withMarks.push(await renderTime(marked, highlights));
      }
      const withoutMs = median(without.map((t) => t.drawnMs));
      const withMs = median(withMarks.map((t) => t.drawnMs));
      const withEdgesMs = median(withMarks.map((t) => t.edgesMs));
      const marksDrawn = await marked.locator('article[aria-label="Reader"] mark[data-highlight-id]').count();
      const value = withMs / withoutMs;
      return { highlights, withoutMs, withMs, withEdgesMs, marksDrawn, ratio: { name: `Reader render, ${highlights} highlights / none`, value, bound: 1.5, rule: 'at most', pass: value <= 1.5 } };
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}
