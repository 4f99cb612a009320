import type { Page } from '@playwright/test';
import type { Memo, SerializedMemoState } from '../../app/model/types';
import type { CitablePassage } from './largeMemo';

import { memoSummaryOf } from '../../renderer/storage/memoSummaries';

// Writes the keystroke benchmark's notebook straight into the browser's IndexedDB, in the shapes
// the app stores (renderer/storage/highlights.ts, claims.ts, memos.ts, memoSummaries.ts):
// highlights over the bundled corpus, claims gathering some of them, and the memo. Nothing here
// goes through the app's code, so the benchmark times only what typing costs.

/**
 * Highlights `count` passages of four to nine words across the bundled sources' body paragraphs,
 * and groups every fourth one with its two neighbours under a claim. Returns them as citable
 * passages (a claim's first passage is cited through the claim).
 */
export async function addPassages(page: Page, count: number): Promise<CitablePassage[]> {
  return page.evaluate(
    (wanted) =>
      new Promise<CitablePassage[]>((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sources', 'highlights', 'claims'], 'readwrite');
          const passages: CitablePassage[] = [];
          const all = tx.objectStore('sources').getAll();
          all.onsuccess = () => {
            type Block = { start: number; end: number; kind: string };
            const sources = (all.result as { id: string; text: string; blocks: Block[] }[]).filter((s) => !s.id.startsWith('src_bench'));
            const words = sources.flatMap((source) => {
              let paragraph = 0;
              return source.blocks.flatMap((block) => {
                if (block.kind !== 'body') return [];
                paragraph += 1;
                const found = [...source.text.slice(block.start, block.end).matchAll(/\S+/g)];
                return found.map((m) => ({ source, paragraph, block, start: block.start + m.index, end: block.start + m.index + m[0].length }));
              });
            });
            const step = Math.max(10, Math.floor(words.length / wanted));
            const now = '2026-11-22T09:00:00.000Z';
            for (let i = 0; i < wanted && i * step < words.length; i += 1) {
              const first = words[i * step]!;
              // Four to nine words, never past the paragraph's end.
              let last = first;
              for (let w = 1; w < 4 + (i % 6); w += 1) {
                const next = words[i * step + w];
                if (!next || next.block !== first.block) break;
                last = next;
              }
              const { source } = first;
              const id = `hl_kbench${String(i).padStart(4, '0')}`;
              const exact = source.text.slice(first.start, last.end);
              tx.objectStore('highlights').put({
                id,
                sourceId: source.id,
                selector: {
                  quote: { exact, prefix: source.text.slice(Math.max(0, first.start - 32), first.start), suffix: source.text.slice(last.end, last.end + 32) },
                  position: { start: first.start, end: last.end },
                },
                paragraph: first.paragraph,
                note: '',
                color: 'yellow',
                createdAt: now,
                updatedAt: now,
              });
              passages.push({ highlightId: id, claimId: null, quote: exact });
            }
            for (let i = 0; i + 2 < passages.length; i += 4) {
              const claimId = `clm_kbench${String(i).padStart(4, '0')}`;
              const evidence = [0, 1, 2].map((k) => ({
                highlightId: passages[i + k]!.highlightId,
                stance: k === 2 ? 'contradicts' : 'supports',
                figure: null,
                attribution: '',
                attributionEntityId: null,
                addedAt: now,
              }));
              tx.objectStore('claims').put({
                id: claimId,
                statement: `Claim ${i / 4 + 1}: ${passages[i]!.quote}`,
                attribution: '',
                attributionEntityId: null,
                subject: 'benchmark',
                figure: null,
                tags: [],
                status: 'unverified',
                evidence,
                history: [{ at: now, action: 'created', sourceId: null, detail: 'Created with a passage that supports it' }],
                createdAt: now,
                updatedAt: now,
              });
              passages[i] = { ...passages[i]!, claimId };
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve(passages);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    count,
  );
}

/** Replaces every stored memo with one memo holding `content` (the app opens it at start). */
export async function putOnlyMemo(page: Page, title: string, content: SerializedMemoState): Promise<void> {
  const now = new Date().toISOString();
  const memo: Memo = { id: 'memo_kbench', title, content, createdAt: now, updatedAt: now };
  await page.evaluate(
    ({ record, summary }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          // With its summary, as the app's storage keeps them (renderer/storage/memoSummaries.ts): a
          // summary left from the last memo would make the first save change the memo list.
          const tx = db.transaction(['memos', 'memoSummaries'], 'readwrite');
          tx.objectStore('memos').clear();
          tx.objectStore('memos').put(record);
          tx.objectStore('memoSummaries').clear();
          tx.objectStore('memoSummaries').put(summary);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { record: memo, summary: memoSummaryOf(memo) },
  );
}
