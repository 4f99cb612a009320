import { CLAIM_STATUSES, type ClaimStatus, type Tag } from '../model/types';
import type { ClaimRecord } from './claimRecord';

/** What the Claims view shows; null means "any". */
export interface ClaimFilter {
  /** A tag and everything below it in the codebook (the caller expands the ids). */
  readonly tagIds: ReadonlySet<string> | null;
  readonly status: ClaimStatus | null;
  readonly sourceId: string | null;
  readonly entityId: string | null;
  /** A subject key (see `subjectKey`). */
  readonly subject: string | null;
  /** Words to find in the statement or attribution, any case. */
  readonly text: string;
}

export const ANY_CLAIM: ClaimFilter = {
  tagIds: null,
  status: null,
  sourceId: null,
  entityId: null,
  subject: null,
  text: '',
};

export const CLAIM_SORTS = [
  'updated',
  'created',
  'statement',
  'evidence',
  'status',
  'subject',
] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

/** The words of the words filter, lower case. */
const wordsOf = (text: string): string[] => text.toLowerCase().split(/\s+/).filter(Boolean);

/** True when the record passes every part of the filter. */
export function matchesFilter(
  record: ClaimRecord,
  filter: ClaimFilter,
  words = wordsOf(filter.text),
): boolean {
  const { claim } = record;
  if (filter.status && claim.status !== filter.status) return false;
  if (filter.subject !== null && record.subjectKey !== filter.subject) return false;
  if (filter.tagIds && !claim.tags.some((id) => filter.tagIds!.has(id))) return false;
  if (filter.sourceId && !record.sourceIds.includes(filter.sourceId)) return false;
  if (filter.entityId && !record.entityIds.includes(filter.entityId)) return false;
  return words.every((word) => record.searchText.includes(word));
}

const descending = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

const STATUS_ORDER = new Map(CLAIM_STATUSES.map((status, index) => [status, index]));

/** Compare functions for each sort; ties fall back to the newest change first. */
const COMPARE: Record<ClaimSort, (a: ClaimRecord, b: ClaimRecord) => number> = {
  // ISO timestamps order as plain strings; localeCompare would cost more and mean nothing here.
  updated: (a, b) => descending(a.claim.updatedAt, b.claim.updatedAt),
  created: (a, b) => descending(a.claim.createdAt, b.claim.createdAt),
  statement: (a, b) => a.claim.statement.localeCompare(b.claim.statement),
  evidence: (a, b) => b.passages.length - a.passages.length,
  status: (a, b) => STATUS_ORDER.get(a.claim.status)! - STATUS_ORDER.get(b.claim.status)!,
  subject: (a, b) => (a.claim.subject || '\uffff').localeCompare(b.claim.subject || '\uffff'),
};

/** The records that pass `filter`, in `sort` order (a new array; the input is left alone). */
export function filterClaims(
  records: readonly ClaimRecord[],
  filter: ClaimFilter,
  sort: ClaimSort,
): ClaimRecord[] {
  const compare = COMPARE[sort];
  const words = wordsOf(filter.text);
  return records
    .filter((record) => matchesFilter(record, filter, words))
    .sort(sort === 'updated' ? compare : (a, b) => compare(a, b) || COMPARE.updated(a, b));
}

/** How many claims each value of each facet has, for the filter menus' counts. */
export interface ClaimCounts {
  readonly total: number;
  readonly byStatus: ReadonlyMap<ClaimStatus, number>;
  readonly byTag: ReadonlyMap<string, number>;
  readonly bySource: ReadonlyMap<string, number>;
  readonly byEntity: ReadonlyMap<string, number>;
  readonly bySubject: ReadonlyMap<string, number>;
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** Counts per status, tag, source, entity and subject over `records`. */
export function countClaims(records: readonly ClaimRecord[]): ClaimCounts {
  const byStatus = new Map<ClaimStatus, number>();
  const byTag = new Map<string, number>();
  const bySource = new Map<string, number>();
  const byEntity = new Map<string, number>();
  const bySubject = new Map<string, number>();
  for (const record of records) {
    bump(byStatus, record.claim.status);
    for (const tag of record.claim.tags) bump(byTag, tag);
    for (const source of record.sourceIds) bump(bySource, source);
    for (const entity of record.entityIds) bump(byEntity, entity);
    if (record.subjectKey) bump(bySubject, record.subjectKey);
  }
  return { total: records.length, byStatus, byTag, bySource, byEntity, bySubject };
}

/**
 * Claims per tag, a tag's children's claims counted as its own: what filtering by the tag shows
 * ("Violence" counts the claims tagged "death toll" under it), each claim once per tag.
 */
export function countByTagTree(
  records: readonly ClaimRecord[],
  tags: readonly Tag[],
): Map<string, number> {
  const parentOf = new Map(tags.map((tag) => [tag.id, tag.parentId] as const));
  const ancestry = new Map<string, string[]>();
  const lineOf = (id: string): string[] => {
    let line = ancestry.get(id);
    if (line) return line;
    line = [];
    const seen = new Set<string>();
    for (let at: string | null | undefined = id; at && !seen.has(at); at = parentOf.get(at)) {
      seen.add(at);
      line.push(at);
    }
    ancestry.set(id, line);
    return line;
  };
  const counts = new Map<string, number>();
  for (const record of records) {
    const { tags: ids } = record.claim;
    // Most claims carry one tag: its line has no repeats, so no set is needed.
    const reached = ids.length === 1 ? lineOf(ids[0]!) : new Set(ids.flatMap(lineOf));
    for (const id of reached) bump(counts, id);
  }
  return counts;
}
