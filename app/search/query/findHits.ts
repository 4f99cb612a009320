import type { TextSpan } from '../document';
import { WordKeyCache } from '../normalize';
import { forEachWord } from '../tokenize';
import type { ParsedQuery } from './parseQuery';

/** A place in a text that matches the query: a word, or a whole phrase. */
export interface Hit extends TextSpan {
  /** Which query term (or `-1 - n` for phrase n) it matches: snippets prefer many different ones. */
  readonly term: number;
}

interface Word extends TextSpan {
  readonly key: string;
}

const keys = new WordKeyCache(50_000);

/** The words of `text` (within `spans`) with their keys, hyphenated runs also as one word. */
function keyedWords(text: string, spans: readonly TextSpan[] | undefined): { words: Word[]; joined: Word[] } {
  const words: Word[] = [];
  const joined: Word[] = [];
  let runStart = -1;
  let run = '';
  const visit = (start: number, end: number, isJoined: boolean) => {
    const raw = text.slice(start, end);
    words.push({ start, end, key: keys.keyOf(raw) });
    if (isJoined && runStart >= 0) {
      run += raw;
      joined.push({ start: runStart, end, key: keys.keyOf(run) });
    } else {
      runStart = start;
      run = raw;
    }
  };
  if (!spans) forEachWord(text, visit);
  else for (const span of spans) forEachWord(text, visit, span.start, span.end);
  return { words, joined };
}

/**
 * Where `text` matches the query, in text order: every word matching a term, and every
 * occurrence of each quoted phrase (consecutive words). `phrasesFound` tells whether every
 * phrase occurs: a document whose words all match but never in a row is not a phrase hit.
 */
export function findHits(text: string, query: ParsedQuery, spans?: readonly TextSpan[]): { hits: Hit[]; phrasesFound: boolean[] } {
  const { words, joined } = keyedWords(text, spans);
  const hits: Hit[] = [];
  const matches = query.terms.map((term) => {
    const exact = new Set(term.kind === 'word' ? term.keys : []);
    const prefix = term.kind === 'prefix' || term.asYouType ? term.prefix : null;
    return (key: string) => exact.has(key) || (prefix !== null && prefix.length >= 2 && key.startsWith(prefix));
  });
  for (const word of [...words, ...joined]) {
    for (const [t, term] of query.terms.entries()) {
      if (term.phrase === null && matches[t]!(word.key)) {
        hits.push({ start: word.start, end: word.end, term: t });
        break;
      }
    }
  }
  const phrasesFound = query.phrases.map((phrase, p) => {
    let found = false;
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (!phrase.every((options, j) => options.includes(words[i + j]!.key))) continue;
      hits.push({ start: words[i]!.start, end: words[i + phrase.length - 1]!.end, term: -1 - p });
      found = true;
    }
    return found;
  });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return { hits: withoutOverlaps(hits), phrasesFound };
}

/** Drops hits inside an earlier, longer one (a word of a hyphenated run already hit as a whole). */
function withoutOverlaps(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const hit of hits) {
    const previous = kept.at(-1);
    if (previous && hit.start < previous.end) continue;
    kept.push(hit);
  }
  return kept;
}
