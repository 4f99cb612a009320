import type { SearchDocument, SearchKind, TextSpan } from './document';
import type { SearchIndex } from './store/searchIndex';
import { findHits } from './query/findHits';
import { matchQuery, type QueryMatches } from './query/matchQuery';
import { parseQuery, type ParsedQuery, type SearchFilters } from './query/parseQuery';
import { makeSnippet, type Snippet } from './query/snippet';
import { topRanked } from './query/topRanked';

/** One result: what to name it by, where it opens, and a snippet with the hits marked. */
export interface SearchHit {
  readonly id: string;
  readonly kind: SearchKind;
  readonly title: string;
  /** The source a hit opens in the Reader (null for a memo). */
  readonly sourceId: string | null;
  /** Where in that source's text the passage is: the first hit of a source, a highlight's range. */
  readonly passage: TextSpan | null;
  readonly snippet: Snippet;
  readonly score: number;
}

export interface SearchResults {
  readonly hits: readonly SearchHit[];
  /** Documents matching; with a phrase, an upper bound unless `exact`. */
  readonly total: number;
  readonly exact: boolean;
}

/** Fetches documents by id (undefined for one deleted meanwhile), in the order asked. */
export type LoadDocuments = (ids: readonly string[]) => Promise<readonly (SearchDocument | undefined)[]>;

export interface SearchOptions {
  readonly limit?: number;
  readonly filters?: SearchFilters;
  /** Treat the last word as still being typed (see `parseQuery`). */
  readonly asYouType?: boolean;
  readonly load: LoadDocuments;
}

/** Phrase queries check at most this many candidates, best first, before settling for fewer. */
const PHRASE_BUDGET = 2_000;

/**
 * Searches the index: matching documents ranked, then the best loaded to cut snippets and, for a
 * quoted phrase, to check that its words occur in a row (the index knows words, not positions).
 */
export async function search(index: SearchIndex, query: string | ParsedQuery, options: SearchOptions): Promise<SearchResults> {
  const parsed = typeof query === 'string' ? parseQuery(query, { asYouType: options.asYouType, filters: options.filters }) : query;
  const limit = options.limit ?? 20;
  if (parsed.terms.length === 0) return { hits: [], total: 0, exact: true };
  const matches = matchQuery(index, parsed);
  // matchQuery's arrays are scratch space: copy what the awaits below still need.
  const ranked = copy(matches);
  const hits: SearchHit[] = [];
  const needsPhrase = parsed.phrases.length > 0;
  let checked = 0;
  let rejected = 0;
  let want = needsPhrase ? Math.min(ranked.count, limit * 4) : Math.min(ranked.count, limit);
  let order = topRanked(ranked.scores, ranked.count, want);
  while (checked < order.length && hits.length < limit) {
    const batch = order.slice(checked, checked + Math.max(limit, 50));
    checked += batch.length;
    const ids = batch.map((i) => index.documents.ids[ranked.docs[i]!]!);
    const documents = await options.load(ids);
    for (const [j, document] of documents.entries()) {
      if (hits.length >= limit) break;
      const hit = document && toHit(document, parsed, ranked.scores[batch[j]!]!);
      if (hit) hits.push(hit);
      else rejected++;
    }
    if (hits.length < limit && checked === order.length && order.length < ranked.count && checked < PHRASE_BUDGET) {
      want = Math.min(ranked.count, want * 4, PHRASE_BUDGET);
      order = topRanked(ranked.scores, ranked.count, want);
    }
  }
  const exact = !needsPhrase || checked === ranked.count;
  return { hits, total: needsPhrase && exact ? ranked.count - rejected : ranked.count, exact };
}

function copy(matches: QueryMatches): QueryMatches {
  return { docs: matches.docs.slice(), scores: matches.scores.slice(), count: matches.count };
}

function toHit(document: SearchDocument, query: ParsedQuery, score: number): SearchHit | null {
  const body = findHits(document.body, query, document.bodySpans);
  if (query.phrases.length > 0) {
    const title = findHits(document.title, query);
    if (!body.phrasesFound.every((found, p) => found || title.phrasesFound[p])) return null;
  }
  const snippet = makeSnippet(document.body, body.hits, document.bodySpans);
  // A source opens at the snippet's first hit, so the Reader shows what the result promised.
  const mark = snippet.marks[0];
  const passage =
    document.passage ??
    (document.kind === 'source' && mark ? { start: snippet.offset + mark.start, end: snippet.offset + mark.end } : null);
  return { id: document.id, kind: document.kind, title: document.title, sourceId: document.sourceIds[0] ?? null, passage, snippet, score };
}
