import type { Passage, SearchDocument, SearchKind } from './document';
import type { SearchIndex } from './store/searchIndex';
import { findHits, type Hit } from './query/findHits';
import { matchQuery, type QueryMatches } from './query/matchQuery';
import { phraseOccurs } from './query/phraseOccurs';
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
  readonly passage: Passage | null;
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

/** A ranked match; for a phrase query, with the document loaded to confirm it. */
export interface RankedMatch {
  readonly id: string;
  readonly score: number;
  readonly document?: SearchDocument;
}

/** The best matches, ranked: what a raw engine answers (ids), with phrases checked. */
export interface RankedMatches {
  readonly matches: readonly RankedMatch[];
  /** Documents matching; with a phrase, an upper bound unless `exact`. */
  readonly total: number;
  readonly exact: boolean;
}

/**
 * The `limit` best documents for a parsed query. Words, AND, prefixes and filters are answered
 * from the index alone; for a quoted phrase the best candidates are loaded to check that its
 * words occur in a row (the index keeps words, not positions).
 */
export async function findMatches(
  index: SearchIndex,
  parsed: ParsedQuery,
  options: { readonly limit: number; readonly load: LoadDocuments },
): Promise<RankedMatches> {
  const { limit, load } = options;
  if (parsed.terms.length === 0) return { matches: [], total: 0, exact: true };
  const matches = matchQuery(index, parsed);
  const idOf = (position: number, from: QueryMatches) => index.documents.ids[from.docs[position]!]!;
  if (parsed.phrases.length === 0) {
    const order = topRanked(matches.scores, matches.count, limit);
    return { matches: order.map((i) => ({ id: idOf(i, matches), score: matches.scores[i]! })), total: matches.count, exact: true };
  }
  // matchQuery's arrays are scratch space: copy them before awaiting.
  const ranked = { docs: matches.docs.slice(), scores: matches.scores.slice(), count: matches.count };
  const confirmed: RankedMatch[] = [];
  let checked = 0;
  let rejected = 0;
  let want = Math.min(ranked.count, limit * 4);
  let order = topRanked(ranked.scores, ranked.count, want);
  const generation = index.generation;
  // A compaction while awaiting documents renumbers them: keep what was confirmed and stop.
  while (checked < order.length && confirmed.length < limit && index.generation === generation) {
    const batch = order.slice(checked, checked + Math.max(limit, 50));
    checked += batch.length;
    const documents = await load(batch.map((i) => idOf(i, ranked)));
    for (const [j, document] of documents.entries()) {
      if (confirmed.length >= limit) break;
      if (document && phrasesFound(document, parsed)) confirmed.push({ id: document.id, score: ranked.scores[batch[j]!]!, document });
      else rejected++;
    }
    if (index.generation !== generation) break;
    if (confirmed.length < limit && checked === order.length && order.length < ranked.count && checked < PHRASE_BUDGET) {
      want = Math.min(ranked.count, want * 4, PHRASE_BUDGET);
      order = topRanked(ranked.scores, ranked.count, want);
    }
  }
  const exact = checked === ranked.count;
  return { matches: confirmed, total: exact ? ranked.count - rejected : ranked.count, exact };
}

/**
 * Whether every phrase of the query occurs in the document (body or title). Most phrases occur as
 * typed, which an `indexOf` sees at once; otherwise (another spelling, a line break) the words
 * are folded and compared.
 */
function phrasesFound(document: SearchDocument, query: ParsedQuery): boolean {
  return query.phrases.every(
    (phrase, p) =>
      occursAsTyped(document.body, query.phraseTexts[p]!) ||
      occursAsTyped(document.title, query.phraseTexts[p]!) ||
      phraseOccurs(document.body, phrase, document.bodySpans) ||
      phraseOccurs(document.title, phrase),
  );
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** `phrase` in `text` as typed, lower-cased or capitalized, not inside a longer word. */
function occursAsTyped(text: string, phrase: string): boolean {
  const lower = phrase.toLowerCase();
  for (const form of new Set([phrase, lower, lower.charAt(0).toUpperCase() + lower.slice(1)])) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const before = at > 0 ? text.charAt(at - 1) : ' ';
      const after = text.charAt(at + form.length) || ' ';
      if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
    }
  }
  return false;
}

/**
 * Searches the index and cuts a snippet for each hit, with the matching words marked: the ranked
 * matches of `findMatches`, loaded.
 */
export async function search(index: SearchIndex, query: string | ParsedQuery, options: SearchOptions): Promise<SearchResults> {
  const parsed = typeof query === 'string' ? parseQuery(query, { asYouType: options.asYouType, filters: options.filters }) : query;
  const { matches, total, exact } = await findMatches(index, parsed, { limit: options.limit ?? 20, load: options.load });
  const unloaded = matches.filter((match) => !match.document).map((match) => match.id);
  const loaded = new Map<string, SearchDocument>();
  if (unloaded.length > 0) {
    for (const document of await options.load(unloaded)) if (document) loaded.set(document.id, document);
  }
  const hits: SearchHit[] = [];
  for (const match of matches) {
    const document = match.document ?? loaded.get(match.id);
    if (!document) continue; // deleted since it was indexed
    hits.push(toHit(document, findHits(document.body, parsed, document.bodySpans).hits, match.score));
  }
  return { hits, total, exact };
}

function toHit(document: SearchDocument, bodyHits: readonly Hit[], score: number): SearchHit {
  const snippet = makeSnippet(document.body, bodyHits, document.bodySpans);
  // A source opens at the snippet's first hit, so the Reader shows what the result promised.
  const mark = snippet.marks[0];
  const passage =
    document.passage ??
    (document.kind === 'source' && mark
      ? { start: snippet.offset + mark.start, end: snippet.offset + mark.end, text: snippet.text.slice(mark.start, mark.end) }
      : null);
  return { id: document.id, kind: document.kind, title: document.title, sourceId: document.sourceIds[0] ?? null, passage, snippet, score };
}
