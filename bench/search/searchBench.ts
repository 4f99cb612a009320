import type { SearchDocument } from '../../app/search';
import { generateArticles, type BenchArticle } from '../corpus/generateArticles';
import { bestBatchTime, bestTime, memoryInUse, percentile, timed } from '../measure';
import type { Ratio } from '../report';
import { flexSearchEngine, marginEngine, naiveScanEngine, type BenchEngine } from './engines';
import { benchQueries, type BenchQuery } from './queries';

export interface QueryTiming {
  readonly query: BenchQuery;
  readonly margin: number;
  readonly marginWithSnippets: number;
  readonly flexSearch: number;
  readonly naive: number;
  readonly hits: number;
}

export interface SearchBenchResult {
  readonly articles: number;
  readonly megabytesOfText: number;
  readonly timings: readonly QueryTiming[];
  readonly p95: { readonly margin: number; readonly marginWithSnippets: number; readonly flexSearch: number; readonly naive: number };
  readonly memory: { readonly margin: number; readonly flexSearch: number };
  readonly articlesPerSecond: { readonly margin: number; readonly flexSearch: number };
  readonly ratios: readonly Ratio[];
}

/** A generated article as the search index sees a source. */
export function articleDocument(article: BenchArticle): SearchDocument {
  return {
    id: article.id,
    kind: 'source',
    title: article.title,
    names: [article.outlet, ...article.authors],
    body: article.text,
    sourceIds: [article.id],
    tags: [],
    date: article.publishedAt,
  };
}

async function build(engine: BenchEngine, documents: readonly SearchDocument[]): Promise<number> {
  return timed(() => documents.forEach((document, i) => engine.add(document, i)));
}

/**
 * Search over `count` generated articles: Margin's index against raw FlexSearch and a naive
 * scan of the same texts, measured in the same run (see docs/performance.md for the goals).
 */
export async function runSearchBench(count: number, log: (line: string) => void): Promise<SearchBenchResult> {
  log(`Generating ${count.toLocaleString('en')} articles…`);
  const documents = Array.from(generateArticles(count), articleDocument);
  const byId = new Map(documents.map((document) => [document.id, document]));
  const megabytesOfText = documents.reduce((sum, d) => sum + d.body.length, 0) / 1e6;

  // Warm both engines' code paths up on a slice, so neither pays the JIT in the timed build.
  const warmup = documents.slice(0, Math.min(2_000, documents.length));
  await build(flexSearchEngine(), warmup);
  await build(marginEngine(byId), warmup);

  const before = memoryInUse();
  log('Indexing with FlexSearch…');
  const flexSearch = flexSearchEngine();
  const flexSearchTime = await build(flexSearch, documents);
  const withFlexSearch = memoryInUse();
  log('Indexing with Margin…');
  const margin = marginEngine(byId);
  const marginTime = await build(margin, documents);
  const withBoth = memoryInUse();
  const naive = naiveScanEngine(documents);

  // Every query path of both engines runs hot before anything is timed (JIT, scratch arrays).
  const queries = benchQueries();
  for (let round = 0; round < 3; round++) {
    for (const query of queries) {
      await margin.query(query);
      await margin.queryWithSnippets(query);
      await flexSearch.query(query);
    }
  }
  // Each engine's time per query is the best mean of several batches of runs (see bestBatchTime):
  // one run at 10,000 articles takes well under a millisecond on either side.
  const batches = count >= 50_000 ? 5 : 7;
  const timings: QueryTiming[] = [];
  for (const query of queries) {
    log(`Query ${query.query}`);
    let hits = 0;
    const marginTime = await bestBatchTime(async () => (hits = await margin.query(query)), batches);
    const withSnippets = await bestBatchTime(() => margin.queryWithSnippets(query), batches);
    const flexSearchTime = await bestBatchTime(() => flexSearch.query(query), batches);
    const naiveTime = await bestTime(() => naive.query(query), count >= 20_000 ? 1 : 3);
    timings.push({ query, margin: marginTime, marginWithSnippets: withSnippets, flexSearch: flexSearchTime, naive: naiveTime, hits });
  }
  const p95 = {
    margin: percentile(timings.map((t) => t.margin), 95),
    marginWithSnippets: percentile(timings.map((t) => t.marginWithSnippets), 95),
    flexSearch: percentile(timings.map((t) => t.flexSearch), 95),
    naive: percentile(timings.map((t) => t.naive), 95),
  };
  const memory = { margin: withBoth - withFlexSearch, flexSearch: withFlexSearch - before };
  const articlesPerSecond = { margin: (count / marginTime) * 1000, flexSearch: (count / flexSearchTime) * 1000 };
  const ratios: Ratio[] = [
    ratio('search p95 / FlexSearch p95', p95.margin / p95.flexSearch, 1.5, 'at most'),
    ratio('search p95 / naive scan p95', p95.margin / p95.naive, 0.05, 'at most'),
    ratio('index memory / FlexSearch memory', memory.margin / memory.flexSearch, 1.3, 'at most'),
    ratio('indexing throughput / FlexSearch add()', articlesPerSecond.margin / articlesPerSecond.flexSearch, 0.7, 'at least'),
  ];
  return { articles: count, megabytesOfText, timings, p95, memory, articlesPerSecond, ratios };
}

function ratio(name: string, value: number, bound: number, rule: Ratio['rule']): Ratio {
  return { name, value, bound, rule, pass: rule === 'at most' ? value <= bound : value >= bound };
}
