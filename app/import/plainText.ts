import { classifyParagraphs } from './boilerplate/classify';
import { findHeadline } from './metadata/title';
import type { Paragraph } from './paragraphs';
import { splitPlainText } from './paragraphs';

/** Paragraphs and metadata pulled from a text, before it is laid out. */
export interface Extraction {
  readonly paragraphs: readonly Paragraph[];
  readonly title: string;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly publishedAt: string | null;
  readonly url: string | null;
  readonly warnings: readonly string[];
}

/** Extracts paragraphs, boilerplate flags and the headline from plain text. */
export function extractPlainText(text: string): Extraction {
  const texts = splitPlainText(text);
  const warnings: string[] = [];
  const headline = findHeadline(texts, (paragraph) => /^by\s/i.test(paragraph));
  const keep = new Set<number>(headline ? [headline.index] : []);
  const kinds = classifyParagraphs(texts, { titleIndex: headline?.index ?? null, keep });
  const paragraphs = texts.map((paragraphText, index) => ({ text: paragraphText, kind: kinds[index] ?? 'body' }));
  let title = headline?.title ?? '';
  if (!headline) {
    title = texts[0]?.slice(0, 120) ?? '';
    warnings.push('No headline found: the title is the start of the text; please check it.');
  }
  return {
    paragraphs,
    title,
    outlet: null,
    authors: [],
    publishedAt: headline?.datePrefix ?? null,
    url: null,
    warnings,
  };
}
