import { SEARCH_KINDS, type SearchKind } from '../document';
import { normalizePrefix, queryKeys } from '../normalize';
import { tokenize } from '../tokenize';

/** Narrowing a search: by kind of record, source, tag, and date (YYYY[-MM[-DD]], inclusive). */
export interface SearchFilters {
  readonly kinds?: readonly SearchKind[];
  readonly sourceId?: string;
  readonly tag?: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * One word of a query, every one of which must match (AND).
 * - `word`: any of `keys` (the word's key and its other readings);
 * - `prefix` (`tok*`): any word whose key starts with `prefix`;
 * - `word` with `asYouType`: also titles and names starting with `prefix` (the word being typed).
 * `phrase` is the index of the quoted phrase the word belongs to, if any.
 */
export interface QueryTerm {
  readonly kind: 'word' | 'prefix';
  readonly text: string;
  readonly keys: readonly string[];
  readonly prefix: string;
  readonly asYouType: boolean;
  readonly phrase: number | null;
}

export interface ParsedQuery {
  readonly terms: readonly QueryTerm[];
  /** Each quoted phrase as the key lists of its words, in order. */
  readonly phrases: readonly (readonly (readonly string[])[])[];
  /** Each quoted phrase's words as typed, joined by single spaces (for a fast literal check). */
  readonly phraseTexts: readonly string[];
  readonly filters: SearchFilters;
}

const FILTER_NAMES = new Set(['kind', 'source', 'tag', 'from', 'to']);
const CHUNKS = /"([^"]*)"?|([A-Za-z]+):("[^"]*"?|\S+)|(\S+)/g;

/**
 * Reads a query as typed: words (all must match), "quoted phrases", `prefix*`, and filters
 * `kind:claim`, `source:<id>`, `tag:"death toll"`, `from:2022-01`, `to:2022-01-31`. Hyphenated
 * words are one word ("Nur-Sultan" also finds "Nursultan"). With `asYouType`, the last word, when
 * no space follows it, also matches titles and names that start with it.
 */
export function parseQuery(query: string, options: { asYouType?: boolean; filters?: SearchFilters } = {}): ParsedQuery {
  const terms: QueryTerm[] = [];
  const phrases: string[][][] = [];
  const phraseTexts: string[] = [];
  const filters: { -readonly [K in keyof SearchFilters]: SearchFilters[K] } = { ...options.filters };
  for (const match of query.matchAll(CHUNKS)) {
    const [, quoted, name, value, bare] = match;
    if (quoted !== undefined) {
      const words = tokenize(quoted).map((span) => quoted.slice(span.start, span.end));
      if (words.length === 1) terms.push(wordTerm(words[0]!, null));
      if (words.length > 1) {
        for (const word of words) terms.push(wordTerm(word, phrases.length));
        phrases.push(words.map((word) => queryKeys(word)));
        phraseTexts.push(words.join(' '));
      }
    } else if (name !== undefined && FILTER_NAMES.has(name.toLowerCase())) {
      applyFilter(filters, name.toLowerCase(), value!.replace(/^"|"$/g, ''));
    } else {
      terms.push(...chunkTerms((name !== undefined ? `${name}:${value}` : bare)!));
    }
  }
  const last = terms.at(-1);
  if (options.asYouType && last && last.kind === 'word' && last.phrase === null && /[^\s"*]$/.test(query)) {
    terms[terms.length - 1] = { ...last, asYouType: true };
  }
  return { terms, phrases, phraseTexts, filters };
}

function wordTerm(word: string, phrase: number | null): QueryTerm {
  return { kind: 'word', text: word, keys: queryKeys(word), prefix: normalizePrefix(word), asYouType: false, phrase };
}

/** Words of an unquoted chunk: hyphenated runs become one word, a trailing * a prefix. */
function chunkTerms(chunk: string): QueryTerm[] {
  const words: string[] = [];
  let previousEnd = -1;
  for (const span of tokenize(chunk)) {
    const word = chunk.slice(span.start, span.end);
    if (previousEnd >= 0 && span.start === previousEnd + 1 && chunk[previousEnd] === '-') words[words.length - 1] += word;
    else words.push(word);
    previousEnd = span.end;
  }
  const terms = words.map((word) => wordTerm(word, null));
  const last = terms.at(-1);
  if (last && chunk.endsWith('*')) terms[terms.length - 1] = { ...last, kind: 'prefix' };
  return terms;
}

function applyFilter(filters: { -readonly [K in keyof SearchFilters]: SearchFilters[K] }, name: string, value: string): void {
  if (name === 'kind') {
    const kinds = value
      .split(',')
      .map((kind) => kind.toLowerCase().replace(/s$/, ''))
      .filter((kind): kind is SearchKind => (SEARCH_KINDS as readonly string[]).includes(kind));
    if (kinds.length > 0) filters.kinds = kinds;
  } else if (name === 'source') filters.sourceId = value;
  else if (name === 'tag') filters.tag = value;
  else if (name === 'from') filters.from = value;
  else if (name === 'to') filters.to = value;
}
