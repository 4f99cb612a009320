import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { Claim, Highlight, Tag } from '../../app/model/types';
import { db, type StoredSource } from './database';
import type { MemoSummary } from './memoSummaries';
import type { SourceSummary } from './sourceSummaries';

// Hooks that read the database live: a write anywhere (another pane, another tab) re-renders
// the components that show it. `undefined` means "still loading".

/** Every source's summary, by title: not the sources, whose texts the list does not need. */
export function useSources(): SourceSummary[] | undefined {
  return useLiveQuery(() => db.sourceSummaries.orderBy('title').toArray(), []);
}

export function useSource(sourceId: string | null): StoredSource | null | undefined {
  return useLiveQuery(async () => (sourceId ? ((await db.sources.get(sourceId)) ?? null) : null), [sourceId]);
}

export function useHighlightsOf(sourceId: string | null): Highlight[] | undefined {
  return useLiveQuery(
    async () => (sourceId ? db.highlights.where('sourceId').equals(sourceId).toArray() : []),
    [sourceId],
  );
}

/** A claim with the passages and sources of its evidence, ready to show. */
export interface ClaimView {
  readonly claim: Claim;
  readonly passages: readonly { highlight: Highlight; sourceTitle: string; sourceId: string }[];
  readonly tags: readonly Tag[];
}

/**
 * Every memo's summary (no content), most recently changed first. A change that only moves the
 * `updatedAt` of a memo to a stamp `isOwnWrite` knows (the open memo's own saves) keeps the list
 * as it was: nothing re-renders for a save (see useCitationFlags on what a render costs there).
 */
export function useMemoList(isOwnWrite: (id: string, updatedAt: string) => boolean = noneOwn): readonly MemoSummary[] | undefined {
  const [list, setList] = useState<readonly MemoSummary[] | undefined>(undefined);
  const shown = useRef(list);
  useEffect(() => {
    const subscription = liveQuery(() => db.memoSummaries.orderBy('updatedAt').reverse().toArray()).subscribe({
      next: (next) => {
        if (shown.current && sameMemoList(shown.current, next, isOwnWrite)) return;
        shown.current = next;
        setList(next);
      },
      error: (error: unknown) => console.error('The memo list could not be read', error),
    });
    return () => subscription.unsubscribe();
  }, [isOwnWrite]);
  return list;
}

const noneOwn = () => false;

function sameMemoList(shown: readonly MemoSummary[], next: readonly MemoSummary[], isOwnWrite: (id: string, updatedAt: string) => boolean): boolean {
  return (
    shown.length === next.length &&
    shown.every((memo, i) => {
      const other = next[i]!;
      return memo.id === other.id && memo.title === other.title && (memo.updatedAt === other.updatedAt || isOwnWrite(other.id, other.updatedAt));
    })
  );
}

export function useTags(): Tag[] | undefined {
  return useLiveQuery(() => db.tags.orderBy('name').toArray(), []);
}

/** Highlight id → "Source title, ¶ N", for naming citations on hover and to screen readers. */
export function useCitationLabels(): ReadonlyMap<string, string> | undefined {
  return useLiveQuery(async () => {
    const highlights = await db.highlights.toArray();
    const sourceIds = [...new Set(highlights.map((h) => h.sourceId))];
    // Titles from the summaries: the sources themselves carry their whole texts.
    const titles = new Map((await db.sourceSummaries.bulkGet(sourceIds)).flatMap((s) => (s ? [[s.id, s.title] as const] : [])));
    return new Map(
      highlights.map((h) => [h.id, `${titles.get(h.sourceId) ?? 'Unknown source'}${h.paragraph ? `, ¶ ${h.paragraph}` : ''}`]),
    );
  }, []);
}

/**
 * The cited highlights with their sources, read live: editing or re-extracting a source, or
 * deleting a passage, re-checks the memo's quotes at once. Keyed by the ids joined.
 */
export function useCitedPassages(
  highlightIds: readonly string[],
): ReadonlyMap<string, { highlight: Highlight; source: StoredSource | undefined }> | undefined {
  const key = highlightIds.join('\n');
  const read = useLiveQuery(async () => {
    const ids = key === '' ? [] : [...new Set(key.split('\n'))];
    const highlights = (await db.highlights.bulkGet(ids)).filter((h): h is Highlight => h !== undefined);
    const sourceIds = [...new Set(highlights.map((h) => h.sourceId))];
    const sources = new Map((await db.sources.bulkGet(sourceIds)).flatMap((s) => (s ? [[s.id, s] as const] : [])));
    return { key, passages: new Map(highlights.map((h) => [h.id, { highlight: h, source: sources.get(h.sourceId) }] as const)) };
  }, [key]);
  // While other ids load, useLiveQuery still holds the last ids' answer: not an answer for these
  // (a memo just opened would show every footnote as a deleted passage for a moment).
  return read?.key === key ? read.passages : undefined;
}
