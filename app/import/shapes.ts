/**
 * The shapes of short paragraphs that the boilerplate and metadata rules both reason about:
 * a headline has no closing period, a sentence does, a list item starts with a bullet.
 */

const TERMINAL = /[.!?…]["'”’»)\]]*$/u;

/** Number of words (runs of letters or digits). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

/** True when the paragraph ends like a sentence (a period, question or exclamation mark). */
export function endsLikeSentence(text: string): boolean {
  return TERMINAL.test(text);
}

/** True for a list item: "• Headline", "- item", "1. item". */
export function isBulleted(text: string): boolean {
  return /^(?:[•·▪◦‣*-]|\d{1,3}[.)])\s/u.test(text);
}

/** True for a line shaped like a headline: a few words, a letter, no closing period or colon. */
export function isHeadlineLike(text: string): boolean {
  if (text.length < 8 || text.length > 220) return false;
  const words = wordCount(text);
  if (words < 2 || words > 32) return false;
  if (!/\p{L}/u.test(text)) return false;
  return !/[.,;:]["'”’)]*$/u.test(text);
}

/** True for a paragraph that reads as running prose: a dozen words or more ending in a sentence. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 12 && endsLikeSentence(text)) || words >= 30;
}
