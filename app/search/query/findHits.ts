import type { TextSpan } from '../document';
import { WordKeyCache } from '../normalize';
import { firstCharsFor, mayStartKey } from './keyStarts';
import { forEachWord } from '../tokenize';
import type { ParsedQuery } from './parseQuery';

/** A place in a text that matches the query: a word, or a whole phrase. */
export interface Hit extends TextSpan {
  /** Which query term (or `-1 - n` for phrase n) it matches: snippets prefer many different ones. */
  readonly term: number;
}

/** A word that may match: its position among all words, its span and key. */
interface Candidate extends TextSpan {
  readonly position: number;
  readonly key: string;
}

/** What findHits looks for, worked out once per query. */
interface Plan {
  /** Characters a word must start with to have a key starting like one of the query's. */
  readonly firstChars: ReadonlySet<string>;
  /** Key → the term it matches (phrase words included, with the term of their phrase). */
  readonly exact: ReadonlyMap<string, number>;
  readonly prefixes: readonly (readonly [prefix: string, term: number])[];
}

const keys = new WordKeyCache(100_000);
const plans = new WeakMap<ParsedQuery, Plan>();

function planFor(query: ParsedQuery): Plan {
  let plan = plans.get(query);
  if (plan) return plan;
  const exact = new Map<string, number>();
  const prefixes: [string, number][] = [];
  for (const [t, term] of query.terms.entries()) {
    const id = term.phrase === null ? t : -1 - term.phrase;
    if (term.kind === 'word') for (const key of term.keys) if (!exact.has(key)) exact.set(key, id);
    if ((term.kind === 'prefix' || term.asYouType) && term.prefix.length >= 2) prefixes.push([term.prefix, id]);
  }
  const firstChars = firstCharsFor([...exact.keys(), ...prefixes.map(([prefix]) => prefix)]);
  plan = { firstChars, exact, prefixes };
  plans.set(query, plan);
  return plan;
}

/**
 * Where `text` matches the query, in text order: every word matching a term, and every
 * occurrence of each quoted phrase (its words in a row). `phrasesFound` tells whether every
 * phrase occurs: a document whose words all match but never in a row is not a phrase hit.
 * Only words whose first letter can start a wanted key are folded, so a long text costs little
 * more than one scan of its characters.
 */
export function findHits(text: string, query: ParsedQuery, spans?: readonly TextSpan[]): { hits: Hit[]; phrasesFound: boolean[] } {
  const plan = planFor(query);
  const candidates: Candidate[] = [];
  let position = 0;
  let runStart = -1;
  let run: string | null = null;
  const visit = (start: number, end: number, joined: boolean) => {
    const at = position++;
    const first = text.charAt(start);
    const known = mayStartKey(first, plan.firstChars);
    if (joined && run !== null) {
      // "Nur-Sultan" as one word, for a query that wrote it "Nursultan".
      run += text.slice(start, end);
      candidates.push({ position: -1, start: runStart, end, key: keys.keyOf(run) });
    } else {
      run = known ? text.slice(start, end) : null;
      runStart = start;
    }
    if (known) candidates.push({ position: at, start, end, key: keys.keyOf(text.slice(start, end)) });
  };
  if (!spans) forEachWord(text, visit);
  else for (const span of spans) forEachWord(text, visit, span.start, span.end);

  const hits: Hit[] = [];
  for (const word of candidates) {
    let term = plan.exact.get(word.key);
    if (term === undefined) for (const [prefix, t] of plan.prefixes) if (word.key.startsWith(prefix)) term ??= t;
    if (term !== undefined && term >= 0) hits.push({ start: word.start, end: word.end, term });
  }
  const atPosition = new Map(candidates.filter((word) => word.position >= 0).map((word) => [word.position, word]));
  const phrasesFound = query.phrases.map((phrase, p) => {
    let found = false;
    for (const word of atPosition.values()) {
      if (!phrase.every((options, j) => options.includes(atPosition.get(word.position + j)?.key ?? ''))) continue;
      hits.push({ start: word.start, end: atPosition.get(word.position + phrase.length - 1)!.end, term: -1 - p });
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
