import { subjectKey } from './subject';
import type {
  Claim,
  Entity,
  EvidenceStance,
  Figure,
  Highlight,
  SourceMetadata,
  Tag,
} from '../model/types';

/** The metadata of a source that claims show (no text: lists stay light). */
export interface SourceSummary extends SourceMetadata {
  readonly id: string;
}

/** One passage of a claim's evidence, with its source. */
export interface PassageRecord {
  readonly highlight: Highlight;
  readonly source: SourceSummary | null;
  readonly stance: EvidenceStance;
  readonly figure: Figure | null;
  /** Who the passage attributes the claim to: its own attribution, else the claim's. */
  readonly attribution: string;
  readonly attributionEntityId: string | null;
}

/** A claim joined with what it refers to: passages, sources, tags and entity. */
export interface ClaimRecord {
  readonly claim: Claim;
  readonly passages: readonly PassageRecord[];
  readonly tags: readonly Tag[];
  readonly entity: Entity | null;
  /** The distinct sources of its passages. */
  readonly sourceIds: readonly string[];
  // Derived once per read so filtering 20,000 claims does no string work per keystroke.
  /** `subjectKey(claim.subject)`. */
  readonly subjectKey: string;
  /** The entities of the claim and of its passages' own attributions. */
  readonly entityIds: readonly string[];
  /** Statement, attribution and subject in lower case, for the words filter. */
  readonly searchText: string;
}

/** Lookups a claim record is built from; missing rows (a deleted source) are skipped. */
export interface ClaimLookups {
  readonly highlights: ReadonlyMap<string, Highlight>;
  readonly sources: ReadonlyMap<string, SourceSummary>;
  readonly tags: ReadonlyMap<string, Tag>;
  readonly entities: ReadonlyMap<string, Entity>;
}

/** Joins a claim with its passages, sources, tags and entity. */
export function claimRecord(claim: Claim, lookups: ClaimLookups): ClaimRecord {
  const passages: PassageRecord[] = claim.evidence.flatMap((evidence) => {
    const highlight = lookups.highlights.get(evidence.highlightId);
    if (!highlight) return [];
    return [
      {
        highlight,
        source: lookups.sources.get(highlight.sourceId) ?? null,
        stance: evidence.stance,
        figure: evidence.figure,
        attribution: evidence.attribution || claim.attribution,
        attributionEntityId: evidence.attribution
          ? evidence.attributionEntityId
          : claim.attributionEntityId,
      },
    ];
  });
  return {
    claim,
    passages,
    tags: claim.tags.flatMap((id) => lookups.tags.get(id) ?? []),
    entity: claim.attributionEntityId
      ? (lookups.entities.get(claim.attributionEntityId) ?? null)
      : null,
    sourceIds: [...new Set(passages.map((p) => p.highlight.sourceId))],
    subjectKey: subjectKey(claim.subject),
    entityIds: [
      ...new Set(
        [claim.attributionEntityId, ...passages.map((p) => p.attributionEntityId)].filter(
          (id): id is string => id !== null,
        ),
      ),
    ],
    searchText: `${claim.statement} ${claim.attribution} ${claim.subject}`.toLowerCase(),
  };
}
