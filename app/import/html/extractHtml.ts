import { Readability } from '@mozilla/readability';

import { classifyParagraphs } from '../boilerplate/classify';
import { furnitureRule } from '../boilerplate/patterns';
import { parseByline } from '../metadata/byline';
import { isDateLine } from '../metadata/dates';
import { datelineDate } from '../metadata/head';
import { agencyName } from '../metadata/names';
import type { Extraction } from '../plainText';
import { extractPlainText } from '../plainText';
import { isProse } from '../shapes';
import { textKey } from '../textKey';
import { htmlParagraphs } from './blocks';
import type { HtmlDocument } from './dom';
import { parseDocument } from './dom';
import { isoDatePart, readPageMetadata } from './htmlMetadata';

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** Readability's article: its cleaned HTML and what it found about the page. */
function readArticle(html: string): {
  document: HtmlDocument;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
} | null {
  const document = parseDocument(html);
  // Readability reads and rewrites the document it is given; it never fetches or runs scripts.
  const article = new Readability(document as unknown as ReadabilityDocument, {
    charThreshold: 200,
  }).parse();
  if (!article?.content) return null;
  return {
    document: parseDocument(article.content),
    byline: article.byline?.trim() || null,
    siteName: article.siteName?.trim() || null,
    publishedTime: article.publishedTime?.trim() || null,
  };
}

/** Lines at the top of the article that repeat the title or are a byline or date line: metadata. */
function headIndexes(paragraphs: readonly string[], title: string | null): Set<number> {
  const indexes = new Set<number>();
  const titleKey = title === null ? null : textKey(title).toLowerCase();
  for (let index = 0; index < Math.min(paragraphs.length, 6); index++) {
    const text = paragraphs[index] ?? '';
    if (isProse(text) && furnitureRule(text) === null) break;
    if (textKey(text).toLowerCase() === titleKey || parseByline(text) !== null || isDateLine(text))
      indexes.add(index);
  }
  return indexes;
}

/**
 * Extracts a saved web page: metadata from what the page declares (Open Graph, JSON-LD,
 * canonical link, `<title>`), the article body by Readability, and the page's leftovers
 * flagged by the same rules as plain text. A page Readability cannot read is taken whole and
 * read like plain text. Only text comes out: no markup is kept.
 */
export function extractHtml(html: string): Extraction & { readonly language: string | null } {
  const page = readPageMetadata(parseDocument(html));
  const article = readArticle(html);
  if (article === null) {
    const body = parseDocument(html).body;
    const fallback = extractPlainText(body === null ? '' : htmlParagraphs(body).join('\n\n'));
    return {
      ...fallback,
      title: page.title ?? fallback.title,
      outlet: page.outlet ?? fallback.outlet,
      authors: page.authors.length > 0 ? page.authors : fallback.authors,
      publishedAt: page.publishedAt ?? fallback.publishedAt,
      url: page.url ?? fallback.url,
      warnings: [
        'The page has no clear article body; all of its text was imported. Check the flagged paragraphs.',
        ...fallback.warnings,
      ],
      language: page.language,
    };
  }
  const root = article.document.body ?? article.document.documentElement;
  const texts = htmlParagraphs(root);
  const metadata = headIndexes(texts, page.title);
  const kinds = classifyParagraphs(texts, { titleIndex: null, metadata });
  const byline =
    [...metadata].map((index) => parseByline(texts[index] ?? '')).find((found) => found !== null) ??
    null;
  const bylineAuthors =
    article.byline === null
      ? []
      : (parseByline(article.byline)?.authors ??
        parseByline(`By ${article.byline}`)?.authors ??
        []);
  const warnings: string[] = [];
  let title = page.title;
  if (title === null) {
    title = texts[0]?.slice(0, 120) ?? '';
    warnings.push('The page has no title; the title is the start of the text. Check it.');
  }
  const siteName =
    article.siteName === null ? null : (agencyName(article.siteName) ?? article.siteName);
  return {
    paragraphs: texts.map((text, index) => ({ text, kind: kinds[index] ?? 'body' })),
    title,
    outlet: page.outlet ?? siteName ?? byline?.outlet ?? null,
    authors: page.authors.length > 0 ? page.authors : (byline?.authors ?? bylineAuthors),
    publishedAt:
      page.publishedAt ??
      isoDatePart(article.publishedTime) ??
      byline?.date ??
      datelineDate(
        texts.find((text, index) => !metadata.has(index) && kinds[index] === 'body') ?? '',
      ),
    url: page.url,
    warnings,
    language: page.language,
  };
}
