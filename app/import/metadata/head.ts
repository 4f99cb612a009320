import { furnitureRule } from '../boilerplate/patterns';
import { isProse } from '../shapes';
import type { Byline } from './byline';
import { parseByline, parseNameLine } from './byline';
import { findDate, isDateLine } from './dates';
import { outletFromDateline } from './outlet';
import type { HeadlineGuess } from './title';
import { findHeadline } from './title';

/** What the top of an article says about it: headline, byline, date, the lede. */
export interface ArticleHeadInfo {
  readonly headline: HeadlineGuess | null;
  readonly byline: Byline | null;
  readonly date: string | null;
  readonly datelineOutlet: string | null;
  /** Paragraph indexes of the headline, byline and date lines: their content is now metadata. */
  readonly metaIndexes: ReadonlySet<number>;
}

const isMetaLine = (text: string): boolean => parseByline(text) !== null || isDateLine(text);

/** The date in a wire dateline, "ALMATY, Jan. 6, 2022 (AP) — …", if the dateline has a year. */
export function datelineDate(lede: string): string | null {
  const cut = lede.search(/\s(?:—|–|--?)\s|\(\w+\)/u);
  if (cut < 0 || cut > 80) return null;
  return findDate(lede.slice(0, cut))?.date ?? null;
}

/**
 * Reads the head of a plain-text article: the headline (see `findHeadline`), bylines and date
 * lines between it and the lede, and the lede's dateline. Only the head is searched for the
 * date: dates in the body are events, not the publication.
 */
export function readHead(paragraphs: readonly string[]): ArticleHeadInfo {
  const headline = findHeadline(paragraphs, isMetaLine);
  const from = headline ? headline.index + 1 : 0;
  let lede = paragraphs.findIndex(
    (text, index) => index >= from && isProse(text) && furnitureRule(text) === null,
  );
  if (lede < 0) lede = Math.min(paragraphs.length, from + 5);
  const metaIndexes = new Set<number>(headline ? [headline.index] : []);
  let byline: Byline | null = null;
  let date = headline?.datePrefix ?? null;
  for (let index = from; index < lede; index++) {
    const text = paragraphs[index] ?? '';
    const found = parseByline(text) ?? (index === from ? parseNameLine(text) : null);
    if (found !== null && byline === null) {
      byline = found;
      date ??= found.date;
      metaIndexes.add(index);
    } else if (isDateLine(text)) {
      date ??= findDate(text)?.date ?? null;
      metaIndexes.add(index);
    }
  }
  const ledeText = paragraphs[lede] ?? '';
  date ??= datelineDate(ledeText);
  // A date line above the headline ("Monday, January 10, 2022" in a site header).
  for (let index = 0; date === null && headline !== null && index < headline.index; index++) {
    if (isDateLine(paragraphs[index] ?? '')) date = findDate(paragraphs[index] ?? '')?.date ?? null;
  }
  return { headline, byline, date, datelineOutlet: outletFromDateline(ledeText), metaIndexes };
}
