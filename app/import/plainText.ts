import { classifyParagraphs } from './boilerplate/classify';
import { findAuthorCard } from './metadata/authorCard';
import { parseReportingCredit } from './metadata/byline';
import { readHead } from './metadata/head';
import { outletOfAuthor } from './metadata/names';
import { outletFromCopyright } from './metadata/outlet';
import { findSourceUrl } from './metadata/sourceUrl';
import type { Paragraph } from './paragraphs';
import { splitPlainText } from './paragraphs';

/** Paragraphs and metadata pulled from a document, before it is laid out. */
export interface Extraction {
  readonly paragraphs: readonly Paragraph[];
  readonly title: string;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly publishedAt: string | null;
  readonly url: string | null;
  readonly warnings: readonly string[];
}

/** A title when no headline was found: the start of the first paragraph, cut at a word. */
export function fallbackTitle(paragraphs: readonly string[]): string {
  const first = paragraphs.find((text) => text.trim() !== '') ?? '';
  if (first.length <= 100) return first;
  const cut = first.slice(0, 100);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

/**
 * Extracts a plain-text article: paragraphs, boilerplate flags, and metadata from the text
 * itself — the headline under any banners, the byline, the date in the head or dateline, the
 * outlet from the byline, dateline, copyright line or author card, and a "Source:" URL.
 */
export function extractPlainText(text: string): Extraction {
  const texts = splitPlainText(text);
  const warnings: string[] = [];
  const head = readHead(texts);
  const kinds = classifyParagraphs(texts, {
    titleIndex: head.headline?.index ?? null,
    metadata: head.metaIndexes,
  });
  const card = findAuthorCard(texts);
  const cardName = card === null ? null : (texts[card] ?? null);
  const credits = texts.slice(-8).flatMap(parseReportingCredit);
  const authors =
    head.byline?.authors ?? (credits.length > 0 ? credits : cardName === null ? [] : [cardName]);
  const copyright = texts.map(outletFromCopyright).find((name) => name !== null) ?? null;
  const outlet =
    head.byline?.outlet ??
    head.datelineOutlet ??
    copyright ??
    (cardName === null ? null : (outletOfAuthor(cardName) ?? cardName));
  const found = findSourceUrl(texts);
  if (found?.repaired)
    warnings.push(
      `The source URL was broken by spaces and has been repaired to ${found.url}; check it.`,
    );
  let title = head.headline?.title ?? '';
  if (head.headline === null) {
    title = fallbackTitle(texts);
    warnings.push('No headline found: the title is the start of the text. Check it.');
  } else if (head.headline.index > 0) {
    warnings.push(
      `Title guessed below ${head.headline.index} line(s) of page furniture: "${title}". Check it.`,
    );
  }
  return {
    paragraphs: texts.map((paragraph, index) => ({
      text: paragraph,
      kind: kinds[index] ?? 'body',
    })),
    title,
    outlet,
    authors,
    publishedAt: head.date,
    url: found?.url ?? null,
    warnings,
  };
}
