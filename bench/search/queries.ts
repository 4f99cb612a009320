import { vocabulary } from '../corpus/generateArticles';

/** A benchmark query: as typed in Margin, and the words a baseline looks for. */
export interface BenchQuery {
  readonly label: string;
  readonly kind: 'common' | 'rare' | 'name' | 'and' | 'phrase' | 'prefix';
  /** Margin's query syntax ("quoted phrase", prefix*). */
  readonly query: string;
  /** The last word is still being typed (Margin also matches titles and names starting with it). */
  readonly asYouType?: boolean;
}

/**
 * The 20 queries: common and rare words, names in another spelling than most articles use, AND
 * of several words, phrases and prefixes. Words by frequency rank come from the generator's
 * vocabulary, so they exist whatever the corpus size.
 */
export function benchQueries(): BenchQuery[] {
  const words = vocabulary();
  return [
    { label: 'common word', kind: 'common', query: 'police' },
    { label: 'common word', kind: 'common', query: 'government' },
    { label: 'common word', kind: 'common', query: 'people' },
    { label: 'mid-frequency word (rank 3,000)', kind: 'rare', query: words[3_000]! },
    { label: 'rare word (rank 40,000)', kind: 'rare', query: words[40_000]! },
    { label: 'rare word (rank 150,000)', kind: 'rare', query: words[150_000]! },
    { label: 'name, other spelling', kind: 'name', query: 'Toqaev' },
    { label: 'name', kind: 'name', query: 'Nazarbayev' },
    { label: 'name, other spelling', kind: 'name', query: 'Zheltoqsan' },
    { label: 'AND of common words', kind: 'and', query: 'police protest' },
    { label: 'AND of three words', kind: 'and', query: 'president security forces' },
    { label: 'AND name + mid word', kind: 'and', query: `Tokayev ${words[2_000]!}` },
    { label: 'AND rare + common', kind: 'and', query: `${words[20_000]!} government` },
    { label: 'phrase', kind: 'phrase', query: '"without warning"' },
    { label: 'phrase', kind: 'phrase', query: '"state of emergency"' },
    { label: 'phrase', kind: 'phrase', query: '"interior ministry said"' },
    { label: 'prefix', kind: 'prefix', query: 'Nazarb*' },
    { label: 'prefix', kind: 'prefix', query: 'protest*' },
    { label: 'prefix', kind: 'prefix', query: 'secur*' },
    { label: 'word being typed (title prefix)', kind: 'prefix', query: 'crackdown Qazaq', asYouType: true },
  ];
}

/** The query as a raw engine is given it: the words, without quotes or stars. */
export function plainWords(query: string): string {
  return query.replace(/["*]/g, '').trim();
}

/** What a naive scan looks for: each quoted phrase and each other word, as lower-case substrings. */
export function naiveNeedles(query: string): string[] {
  const needles: string[] = [];
  const rest = query.replace(/"([^"]*)"/g, (_, phrase: string) => {
    needles.push(phrase.toLowerCase());
    return ' ';
  });
  for (const word of rest.split(/\s+/)) if (word) needles.push(word.replace(/\*$/, '').toLowerCase());
  return needles;
}
