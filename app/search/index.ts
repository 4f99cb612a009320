// Full-text search over sources, highlights, claims and memos, forgiving of transliteration.
export { dateRange, SEARCH_KINDS, type Passage, type SearchDocument, type SearchKind, type TextSpan } from './document';
export { SEARCH_INDEX_VERSION, SearchIndex, type SearchIndexSnapshot } from './store/searchIndex';
export { normalizePrefix, normalizeWord, queryKeys, transliterate, WordKeyCache } from './normalize';
export { parseQuery, type ParsedQuery, type QueryTerm, type SearchFilters } from './query/parseQuery';
export type { Snippet } from './query/snippet';
export { findMatches, search, type LoadDocuments, type RankedMatch, type RankedMatches, type SearchHit, type SearchOptions, type SearchResults } from './search';
export { forEachWord, tokenize, type WordSpan } from './tokenize';
export { claimSearchDocument, highlightSearchDocument, memoSearchDocument, memoText, sourceSearchDocument } from './records';
