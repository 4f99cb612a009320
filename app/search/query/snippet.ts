import type { TextSpan } from '../document';
import type { Hit } from './findHits';

/** A short excerpt around the best hits, with the hits' places in it. */
export interface Snippet {
  readonly text: string;
  /** Hits within `text`, as offsets into `text`. */
  readonly marks: readonly TextSpan[];
  /** Offset of `text` in the document's text. */
  readonly offset: number;
  /** Whether text was cut before and after (show an ellipsis). */
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

const LENGTH = 200;
const LEAD = 60;

/**
 * Cuts a snippet of about 200 characters from `text` where the most different query terms meet,
 * starting a little before the first of them, on word boundaries. Without hits, the opening of
 * `text` (or of its first span).
 */
export function makeSnippet(text: string, hits: readonly Hit[], spans?: readonly TextSpan[]): Snippet {
  const first = spans?.[0]?.start ?? 0;
  const anchor = bestHit(hits);
  let start = anchor ? Math.max(first, anchor.start - LEAD) : first;
  if (start > first) {
    // Start on a word: skip the rest of a cut word.
    const space = text.slice(start, anchor!.start).search(/\s/);
    start = space >= 0 ? start + space + 1 : anchor!.start;
  }
  let end = Math.min(text.length, start + LENGTH);
  if (anchor && end < anchor.end) end = anchor.end;
  if (end < text.length) {
    const space = text.slice(start, end).search(/\s\S*$/);
    if (space > 0 && start + space >= (anchor?.end ?? 0)) end = start + space;
  }
  const marks = hits
    .filter((hit) => hit.start >= start && hit.end <= end)
    .map((hit) => ({ start: hit.start - start, end: hit.end - start }));
  return {
    // Same length as the slice, so the marks' offsets stay right: line breaks become spaces.
    text: text.slice(start, end).replace(/\s/g, ' '),
    marks,
    offset: start,
    cutBefore: start > first,
    cutAfter: end < text.length,
  };
}

/** The hit after which the most different terms occur within one snippet's length. */
function bestHit(hits: readonly Hit[]): Hit | undefined {
  let best: Hit | undefined;
  let bestTerms = 0;
  for (const [i, hit] of hits.entries()) {
    const terms = new Set<number>();
    for (let j = i; j < hits.length && hits[j]!.end - hit.start <= LENGTH - LEAD; j++) terms.add(hits[j]!.term);
    if (terms.size > bestTerms) [best, bestTerms] = [hit, terms.size];
  }
  return best;
}
