import { furnitureRule } from '../boilerplate/patterns';
import { isHeadlineLike, isProse } from '../shapes';

/** "date 2022-01-15 Headline": a date stamp some exports put before the headline. */
const DATE_PREFIX = /^\s*(?:date|published|posted|updated)?\s*:?\s*(\d{4}-\d{2}-\d{2})\s+(?=\S)/i;

export interface HeadlineGuess {
  readonly index: number;
  readonly title: string;
  /** The date stamp in front of the headline, when there was one. */
  readonly datePrefix: string | null;
}

/** The headline with a leading "date YYYY-MM-DD" stamp taken off. */
export function stripDatePrefix(text: string): { title: string; date: string | null } {
  const match = DATE_PREFIX.exec(text);
  if (!match) return { title: text.trim(), date: null };
  return { title: text.slice(match[0].length).trim(), date: match[1] ?? null };
}

/**
 * Finds the headline: walking back from the lede (the first paragraph of running prose), past
 * bylines, datelines and page furniture, to the run of headline-shaped lines just above it; the
 * first line of that run is the headline (a subtitle or dek may follow it). Furniture above the
 * run — a banner, a section name — ends it.
 */
export function findHeadline(
  paragraphs: readonly string[],
  isMeta: (text: string) => boolean,
): HeadlineGuess | null {
  let lede = paragraphs.findIndex(
    (text) => isProse(text) && furnitureRule(text) === null && !isMeta(text),
  );
  if (lede < 0) lede = paragraphs.length;
  let index = lede - 1;
  while (
    index >= 0 &&
    (furnitureRule(paragraphs[index] ?? '') !== null || isMeta(paragraphs[index] ?? ''))
  )
    index--;
  let first = -1;
  while (index >= 0) {
    const text = stripDatePrefix(paragraphs[index] ?? '').title;
    if (!isHeadlineLike(text) || furnitureRule(text) !== null || isMeta(text)) break;
    first = index;
    index--;
  }
  if (first < 0) return null;
  const { title, date } = stripDatePrefix(paragraphs[first] ?? '');
  return { index: first, title, datePrefix: date };
}
