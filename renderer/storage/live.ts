import { useLiveQuery } from 'dexie-react-hooks';
import type { Claim, Highlight, Memo, Tag } from '../../app/model/types';
import { db, type StoredSource } from './database';
import type { SourceSummary } from './sourceSummaries';

// Hooks that read the database live: a write anywhere (another pane, another tab) re-renders
// the components that show it. `undefined` means "still loading".

/** Every source's summary, by title: not the sources, whose texts the list does not need. */
export function useSources(): SourceSummary[] | undefined {
  return useLiveQuery(() => db.sourceSummaries.orderBy('title').toArray(), []);
}

/** How many sources the notebook holds (a count, no record read). */
export function useSourceCount(): number | undefined {
  return useLiveQuery(() => db.sourceSummaries.count(), []);
}

/** `limit` source summaries in title order from position `offset`, with that offset. */
export function useSourcesPage(offset: number, limit: number): { offset: number; sources: SourceSummary[] } | undefined {
  return useLiveQuery(
    async () => ({ offset, sources: await db.sourceSummaries.orderBy('title').offset(offset).limit(limit).toArray() }),
    [offset, limit],
  );
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

export function useClaimViews(): ClaimView[] | undefined {
  return useLiveQuery(async () => {
    const claims = await db.claims.orderBy('updatedAt').reverse().toArray();
    const highlightIds = [...new Set(claims.flatMap((claim) => claim.evidence.map((e) => e.highlightId)))];
    const highlights = new Map((await db.highlights.bulkGet(highlightIds)).flatMap((h) => (h ? [[h.id, h] as const] : [])));
    const sourceIds = [...new Set([...highlights.values()].map((h) => h.sourceId))];
    const titles = new Map((await db.sources.bulkGet(sourceIds)).flatMap((s) => (s ? [[s.id, s.title] as const] : [])));
    const tags = new Map((await db.tags.toArray()).map((tag) => [tag.id, tag] as const));
    return claims.map((claim) => ({
      claim,
      passages: claim.evidence.flatMap((evidence) => {
        const highlight = highlights.get(evidence.highlightId);
        return highlight ? [{ highlight, sourceId: highlight.sourceId, sourceTitle: titles.get(highlight.sourceId) ?? 'Unknown source' }] : [];
      }),
      tags: claim.tags.flatMap((id) => tags.get(id) ?? []),
    }));
  }, []);
}

export function useMemos(): Memo[] | undefined {
  return useLiveQuery(() => db.memos.orderBy('updatedAt').reverse().toArray(), []);
}

export function useTags(): Tag[] | undefined {
  return useLiveQuery(() => db.tags.orderBy('name').toArray(), []);
}

/** Highlight id → "Source title, ¶ N", for naming citations on hover and to screen readers. */
export function useCitationLabels(): ReadonlyMap<string, string> | undefined {
  return useLiveQuery(async () => {
    const highlights = await db.highlights.toArray();
    const sourceIds = [...new Set(highlights.map((h) => h.sourceId))];
    const titles = new Map((await db.sources.bulkGet(sourceIds)).flatMap((s) => (s ? [[s.id, s.title] as const] : [])));
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
  return useLiveQuery(async () => {
    const ids = key === '' ? [] : [...new Set(key.split('\n'))];
    const highlights = (await db.highlights.bulkGet(ids)).filter((h): h is Highlight => h !== undefined);
    const sourceIds = [...new Set(highlights.map((h) => h.sourceId))];
    const sources = new Map((await db.sources.bulkGet(sourceIds)).flatMap((s) => (s ? [[s.id, s] as const] : [])));
    return new Map(highlights.map((h) => [h.id, { highlight: h, source: sources.get(h.sourceId) }] as const));
  }, [key]);
}
