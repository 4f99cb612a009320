import { dateRange, SEARCH_KINDS } from '../document';
import { FREQUENCY_MASK, IN_HEADING, sourceFilterKey, tagFilterKey, type SearchIndex } from '../store/searchIndex';
import type { PostingStore } from '../store/postingStore';
import type { ParsedQuery, QueryTerm, SearchFilters } from './parseQuery';

/** A prefix expands to at most this many words, the most frequent first. */
export const MAX_PREFIX_EXPANSION = 64;
const K1 = 1.2;
const B = 0.75;
const HEADING_BOOST = 1.5;

/** Documents that match every term and pass the filters, with their scores (BM25-like). */
export interface QueryMatches {
  readonly docs: Uint32Array;
  readonly scores: Float32Array;
  readonly count: number;
}

interface PostingList {
  readonly store: PostingStore;
  readonly term: number;
  readonly weight: number;
}

/**
 * Finds the documents matching every term of `query` (AND; each term matches any of its keys or
 * completions). Cost: one pass over each term's posting lists, shortest first; scratch arrays are
 * reused across calls, so the returned arrays are valid until the next call.
 */
export function matchQuery(index: SearchIndex, query: ParsedQuery): QueryMatches {
  const empty = { docs: new Uint32Array(0), scores: new Float32Array(0), count: 0 };
  const live = Math.max(1, index.size);
  const groups: PostingList[][] = query.terms.map((term) => postingLists(index, term, live));
  if (query.filters.tag) {
    const tag = index.dictionary.idOf(tagFilterKey(query.filters.tag));
    groups.push(tag === undefined ? [] : [{ store: index.main, term: tag, weight: 0 }]);
  }
  if (groups.length === 0 || groups.some((lists) => lists.length === 0)) return empty;
  const cost = (lists: PostingList[]) => lists.reduce((sum, list) => sum + list.store.countOf(list.term), 0);
  groups.sort((a, b) => cost(a) - cost(b));

  const scratch = scratchFor(index.documents.count, Math.max(...groups.map(cost)));
  const accept = documentFilter(index, query.filters);
  const { stamp, score, candidates, docs, flags } = scratch;
  const base = nextStamp(scratch, groups.length);
  // BM25's length normalization, K1 · (1 − B + B · length / average), as base + slope · length.
  const normBase = K1 * (1 - B);
  const normSlope = (K1 * B) / (index.documents.totalLength / live);
  const lengths = index.documents.length;
  let found = 0;
  for (const [g, lists] of groups.entries()) {
    const before = base + g;
    const current = before + 1;
    for (const { store, term, weight } of lists) {
      const withFlags = store.withFlags;
      const n = store.decode(term, docs, withFlags ? flags : null);
      for (let i = 0; i < n; i++) {
        const doc = docs[i]!;
        const mark = stamp[doc]!;
        if (mark !== current) {
          if (g === 0) {
            // The first (shortest) term picks the candidates; the others only keep or drop them.
            if (!accept(doc)) continue;
            candidates[found++] = doc;
            score[doc] = 0;
          } else if (mark !== before) continue;
          stamp[doc] = current;
        }
        if (withFlags) {
          const posting = flags[i]!;
          const frequency = posting & FREQUENCY_MASK;
          const body = (frequency * (K1 + 1)) / (frequency + normBase + normSlope * lengths[doc]!);
          score[doc]! += weight * (body + (posting & IN_HEADING ? HEADING_BOOST : 0));
        } else score[doc]! += weight * HEADING_BOOST;
      }
    }
  }
  const last = base + groups.length;
  let count = 0;
  // The matches are packed in place at the front of `candidates` (count never passes i).
  const scores = scratch.matchScores;
  for (let i = 0; i < found; i++) {
    const doc = candidates[i]!;
    if (stamp[doc] !== last) continue;
    candidates[count] = doc;
    scores[count++] = score[doc]!;
  }
  return { docs: candidates.subarray(0, count), scores: scores.subarray(0, count), count };
}

const idf = (documents: number, frequency: number) => Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));

/** The lists one term reads: its keys in the main store, and completions of its prefix. */
function postingLists(index: SearchIndex, term: QueryTerm, live: number): PostingList[] {
  const lists: PostingList[] = [];
  const exact = new Set<number>();
  const add = (store: PostingStore, id: number, share = 1) => {
    const n = store.countOf(id);
    if (n > 0) lists.push({ store, term: id, weight: share * idf(live, n) });
  };
  if (term.kind === 'word') {
    for (const key of term.keys) {
      const id = index.dictionary.idOf(key);
      if (id !== undefined && !exact.has(id)) {
        exact.add(id);
        add(index.main, id);
      }
    }
  }
  const prefixStore = term.kind === 'prefix' ? index.main : term.asYouType ? index.headings : null;
  if (prefixStore) {
    const completions = index.dictionary
      .completions(term.prefix)
      .filter((id) => !exact.has(id))
      .sort((a, b) => prefixStore.countOf(b) - prefixStore.countOf(a))
      .slice(0, MAX_PREFIX_EXPANSION);
    // A completion counts a little less than the word itself.
    for (const id of completions) add(prefixStore, id, 0.8);
  }
  return lists;
}

function documentFilter(index: SearchIndex, filters: SearchFilters): (doc: number) => boolean {
  const table = index.documents;
  const kinds = filters.kinds?.length ? new Set(filters.kinds.map((kind) => SEARCH_KINDS.indexOf(kind))) : null;
  const from = filters.from ? (dateRange(filters.from)?.[0] ?? -Infinity) : -Infinity;
  const to = filters.to ? (dateRange(filters.to)?.[1] ?? Infinity) : Infinity;
  const dated = from !== -Infinity || to !== Infinity;
  const alive = table.alive;
  if (!kinds && !dated && !filters.sourceId) return (doc) => alive[doc] === 1;
  let alsoInSource: Set<number> | null = null;
  if (filters.sourceId) {
    // A claim's other sources are filter terms; its first source is in the table.
    const id = index.dictionary.idOf(sourceFilterKey(filters.sourceId));
    const n = id === undefined ? 0 : index.main.countOf(id);
    const docs = new Uint32Array(n);
    if (id !== undefined) index.main.decode(id, docs, null);
    alsoInSource = new Set(docs);
  }
  return (doc) =>
    table.alive[doc] === 1 &&
    (!kinds || kinds.has(table.kind[doc]!)) &&
    (!dated || table.dateWithin(doc, from, to)) &&
    (!filters.sourceId || table.sources[doc] === filters.sourceId || alsoInSource!.has(doc));
}

interface Scratch {
  stamp: Uint32Array;
  score: Float32Array;
  candidates: Uint32Array;
  matchScores: Float32Array;
  docs: Uint32Array;
  flags: Uint8Array;
  next: number;
}

let shared: Scratch | null = null;

/** Arrays sized to the index, reused by every query (one search runs at a time). */
function scratchFor(documents: number, longestList: number): Scratch {
  if (!shared || shared.stamp.length < documents) {
    const size = Math.max(1024, Math.ceil(documents * 1.25));
    shared = { stamp: new Uint32Array(size), score: new Float32Array(size), candidates: new Uint32Array(size), matchScores: new Float32Array(size), docs: shared?.docs ?? new Uint32Array(1024), flags: shared?.flags ?? new Uint8Array(1024), next: 1 };
  }
  if (shared.docs.length < longestList) {
    shared.docs = new Uint32Array(Math.ceil(longestList * 1.25));
    shared.flags = new Uint8Array(shared.docs.length);
  }
  return shared;
}

/** A fresh range of stamp values for this query, so the arrays never need clearing. */
function nextStamp(scratch: Scratch, terms: number): number {
  if (scratch.next + terms + 2 >= 0xffffffff) {
    scratch.stamp.fill(0);
    scratch.next = 1;
  }
  const base = scratch.next;
  scratch.next += terms + 2;
  return base;
}
