import type { Selector, TextPositionSelector } from '../model/types';

/**
 * Finds a selector's passage in (possibly edited) text and returns its range, or `null` when the
 * quoted words are no longer there.
 *
 * The quote must match exactly; no fuzzy matching. A note attached to words that merely resemble
 * the highlighted ones is worse than a note reported as lost, because the analyst cannot tell.
 *
 * 1. If the text at the stored position equals the quote and its context still agrees in full,
 *    that is the passage (the common case: the text did not change).
 * 2. Otherwise every occurrence of the quote is a candidate, scored by how many characters of
 *    the stored prefix and suffix agree with the text around it; the best score wins and ties go
 *    to the occurrence nearest the stored position.
 *
 * The returned range always satisfies `text.slice(start, end) === selector.quote.exact`.
 * Linear in the text length (an `indexOf` loop) plus ≤ 2×context characters per occurrence.
 */
export function anchorSelector(text: string, selector: Selector): TextPositionSelector | null {
  const { exact, prefix, suffix } = selector.quote;
  if (exact.length === 0) return null;
  const stored = selector.position.start;

  if (
    Number.isInteger(stored) &&
    stored >= 0 &&
    text.startsWith(exact, stored) &&
    contextScore(text, stored, stored + exact.length, prefix, suffix) ===
      fullScore(text, stored, stored + exact.length, prefix, suffix)
  ) {
    return { start: stored, end: stored + exact.length };
  }

  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, at + exact.length, prefix, suffix);
    const distance = Math.abs(at - stored);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best === -1 ? null : { start: best, end: best + exact.length };
}

/**
 * Characters of context that agree: the stored prefix compared backwards from `start`, the stored
 * suffix forwards from `end`, each stopping at the first difference.
 */
function contextScore(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): number {
  let before = 0;
  while (
    before < prefix.length &&
    before < start &&
    prefix.charCodeAt(prefix.length - 1 - before) === text.charCodeAt(start - 1 - before)
  ) {
    before += 1;
  }
  let after = 0;
  while (
    after < suffix.length &&
    end + after < text.length &&
    suffix.charCodeAt(after) === text.charCodeAt(end + after)
  ) {
    after += 1;
  }
  return before + after;
}

/** The best score possible at this place: the stored context, cut off by the ends of the text. */
function fullScore(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): number {
  return Math.min(prefix.length, start) + Math.min(suffix.length, text.length - end);
}
