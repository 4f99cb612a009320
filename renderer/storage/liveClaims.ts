import { useLiveQuery } from 'dexie-react-hooks';
import { claimRecord, type ClaimRecord, type SourceSummary } from '../../app/claims';
import type { Entity, Tag } from '../../app/model/types';
import { db } from './database';
import type { ClaimView } from './live';

/** Everything the Claims view, Compare and the codebook show, read together and kept live. */
export interface ClaimsData {
  /** Every claim with its passages, sources, tags and entity; newest change first. */
  readonly records: readonly ClaimRecord[];
  readonly tags: readonly Tag[];
  readonly entities: readonly Entity[];
  /** The sources claims cite, by title. */
  readonly sources: readonly SourceSummary[];
  /** Highlight id → the colour of the first tag of the newest claim it is evidence of. */
  readonly highlightColors: ReadonlyMap<string, string>;
}

function summary({
  id,
  title,
  outlet,
  authors,
  publishedAt,
  url,
  language,
}: SourceSummary): SourceSummary {
  return { id, title, outlet, authors, publishedAt, url, language };
}

/** Reads claims and what they refer to; `undefined` while loading. */
export function useClaimsData(): ClaimsData | undefined {
  return useLiveQuery(async () => {
    const [claims, tags, entities] = await Promise.all([
      db.claims.orderBy('updatedAt').reverse().toArray(),
      db.tags.orderBy('name').toArray(),
      db.entities.orderBy('name').toArray(),
    ]);
    const highlightIds = [
      ...new Set(claims.flatMap((claim) => claim.evidence.map((e) => e.highlightId))),
    ];
    const highlights = new Map(
      (await db.highlights.bulkGet(highlightIds)).flatMap((h) => (h ? [[h.id, h] as const] : [])),
    );
    const sourceIds = [...new Set([...highlights.values()].map((h) => h.sourceId))];
    const sources = (await db.sources.bulkGet(sourceIds)).flatMap((s) => (s ? [summary(s)] : []));
    const lookups = {
      highlights,
      sources: new Map(sources.map((s) => [s.id, s] as const)),
      tags: new Map(tags.map((t) => [t.id, t] as const)),
      entities: new Map(entities.map((e) => [e.id, e] as const)),
    };
    const records = claims.map((claim) => claimRecord(claim, lookups));
    const highlightColors = new Map<string, string>();
    for (const record of records) {
      const color = record.tags[0]?.color;
      if (!color) continue;
      for (const passage of record.passages)
        if (!highlightColors.has(passage.highlight.id))
          highlightColors.set(passage.highlight.id, color);
    }
    return {
      records,
      tags,
      entities,
      sources: sources.sort((a, b) => a.title.localeCompare(b.title)),
      highlightColors,
    };
  }, []);
}

/**
 * The claims as the palette lists them, from the records already read: the claims are read once
 * for every view of them, not once per view.
 */
export function claimViewsOf(records: readonly ClaimRecord[]): ClaimView[] {
  return records.map((record) => ({
    claim: record.claim,
    passages: record.passages.map((passage) => ({
      highlight: passage.highlight,
      sourceId: passage.highlight.sourceId,
      sourceTitle: passage.source?.title ?? 'Unknown source',
    })),
    tags: record.tags,
  }));
}
