import { Document } from 'flexsearch';
import { findMatches, parseQuery, search, SearchIndex, type SearchDocument } from '../../app/search';
import { naiveNeedles, plainWords, type BenchQuery } from './queries';

/** A search engine as the benchmark drives it: index everything, then answer queries. */
export interface BenchEngine {
  readonly name: string;
  add(document: SearchDocument, number: number): void;
  /** Answers one query; returns how many results it gave (so the work cannot be skipped). */
  query(query: BenchQuery): Promise<number> | number;
}

/**
 * Margin's index. `query` answers what a raw engine answers — the 20 best ids, phrases checked in
 * the texts; `queryWithSnippets` answers as the app shows it, each hit with a marked snippet.
 */
export function marginEngine(documents: ReadonlyMap<string, SearchDocument>): BenchEngine & {
  index: SearchIndex;
  queryWithSnippets(query: BenchQuery): Promise<number>;
} {
  const index = new SearchIndex();
  const load = (ids: readonly string[]) => Promise.resolve(ids.map((id) => documents.get(id)));
  return {
    name: 'Margin',
    index,
    add: (document) => index.add(document),
    query: async ({ query, asYouType }) => (await findMatches(index, parseQuery(query, { asYouType }), { limit: 20, load })).matches.length,
    queryWithSnippets: async ({ query, asYouType }) => (await search(index, query, { limit: 20, load, asYouType })).hits.length,
  };
}

/** Raw FlexSearch: a Document index of title and body, strict tokenizer, 20 results per field. */
export function flexSearchEngine(): BenchEngine {
  const index = new Document({
    document: {
      id: 'id',
      index: [
        { field: 'title', tokenize: 'strict' },
        { field: 'body', tokenize: 'strict' },
      ],
    },
  });
  return {
    name: 'FlexSearch',
    add: (document, number) => void index.add({ id: number, title: document.title, body: document.body }),
    query: ({ query }) => index.search(plainWords(query), { limit: 20 }).reduce((sum, field) => sum + field.result.length, 0),
  };
}

/** A naive scan: every text lower-cased and searched for every word and phrase, every time. */
export function naiveScanEngine(documents: readonly SearchDocument[]): BenchEngine {
  return {
    name: 'naive scan',
    add: () => undefined,
    query: ({ query }) => {
      const needles = naiveNeedles(query);
      let found = 0;
      for (const document of documents) {
        const text = `${document.title}\n${document.body}`.toLowerCase();
        if (needles.every((needle) => text.includes(needle))) found++;
      }
      return found;
    },
  };
}
